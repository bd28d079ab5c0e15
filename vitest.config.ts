import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const include = ['test/**/*.test.ts', 'properties/**/*.test.ts'];

/**
 * The test files that replace a module (`vi.mock` and its kin): they run isolated, each in a fresh
 * module graph, so that no replaced module (a planted bug, a memoized audit part) reaches another file.
 */
const mocking = ['test', 'properties'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f).split('\\').join('/'))
    .filter((f) => /\bvi\.(mock|doMock|unmock|hoisted)\(/.test(readFileSync(f, 'utf8'))),
);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'threads',
    // Vitest's default (one worker fewer than the cores) is a single worker on the two cores CI has:
    // 170 s there, against 121 s with both (measured 2026-12-01; no test is timed, and none fails so).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // A worker runs its files one after another in one module graph: the sources (the catalogue,
        // the solvers: about a second to load under vitest, in each of some 50 files) are loaded, and
        // compiled hot, once per worker instead of once per file. The whole suite, 2 workers, at load
        // 2-4: 102 s wall and 194 s CPU with every file isolated, 70 s and 134 s so (2026-12-01). The
        // sources keep no state a file could leave behind (caches of constant things only), the tests
        // restore what they spy on, and the suite passes in shuffled file orders
        // (--sequence.shuffle.files --sequence.seed=1, 2, 3).
        extends: true,
        test: { name: 'shared', include, exclude: mocking, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: mocking, isolate: true } },
    ],
  },
});
