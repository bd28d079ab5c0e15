import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The test suite with V8 code coverage of `src/`, for `fa-verify audit` (not for `npm test`):
 * HTML, lcov, json-summary and istanbul JSON in `coverage/suite/`, written also when a test fails
 * (the audit reports the failure itself).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      coverage: {
        enabled: true,
        provider: 'v8',
        include: ['src/**/*.ts'],
        reporter: ['html', 'lcov', 'json-summary', 'json'],
        reportsDirectory: 'coverage/suite',
        reportOnFailure: true,
      },
    },
  }),
);
