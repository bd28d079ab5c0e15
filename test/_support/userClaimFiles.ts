import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The built library (`npm run build`, which `npm test` runs first), as a user's claim file imports it. */
const LIBRARY = pathToFileURL(resolve('dist/src/index.js')).href;

/**
 * A folder with a user's claim files, importing the built library: `numbers.mjs` (`small-numbers`,
 * false from 10 on, expected refuted; `numbers-are-finite`, expected holds) and `other.mjs`
 * (`square-targets`, false, expected refuted, over factorization instances). Returns the folder.
 */
export function userClaimFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-user-claims-'));
  writeFileSync(
    join(dir, 'numbers.mjs'),
    `import { defineClaim, evaluation, fc } from '${LIBRARY}';
export const small = defineClaim({
  id: 'small-numbers',
  expected: 'refuted',
  statement: 'every integer up to 1000 is below 10',
  arbitrary: () => fc.integer({ min: 0, max: 1000 }),
  evaluate: (x) => evaluation(Math.max(0, x - 9), 0, { x }),
});
export default [
  small,
  defineClaim({
    id: 'numbers-are-finite',
    expected: 'holds',
    statement: 'every generated double is finite',
    arbitrary: () => fc.double({ noNaN: true, noDefaultInfinity: true }),
    evaluate: (x) => evaluation(Number.isFinite(x) ? 0 : 1, 0, {}),
  }),
];
`,
  );
  writeFileSync(
    join(dir, 'other.mjs'),
    `import { defineClaim, evaluation, factorizationCaseArbitrary } from '${LIBRARY}';
export const square = defineClaim({
  id: 'square-targets',
  expected: 'refuted',
  statement: 'every target is square',
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate: (c) => evaluation(Math.abs(c.n - c.m), 0, {}),
});
`,
  );
  writeFileSync(join(dir, 'none.mjs'), 'export const answer = 42;\n');
  writeFileSync(join(dir, 'throws.mjs'), "throw new Error('boom at import');\n");
  writeFileSync(join(dir, 'again.mjs'), `export { small } from './numbers.mjs';\nexport const x = 1;\n`);
  return dir;
}
