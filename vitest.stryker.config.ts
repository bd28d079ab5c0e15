import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of the rules, the solve loop and the theory functions:
 * the fast unit tiers that exercise them (the kernels tests too, since the solve loop is built on the
 * kernels). `npm test` does not use this file; `fa-verify audit` does, through stryker.config.json.
 */
export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/solve/**/*.test.ts',
      'test/theory/**/*.test.ts',
      'test/kernels/**/*.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
