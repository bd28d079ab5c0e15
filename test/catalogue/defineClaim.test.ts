import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRegimes } from '../../src/catalogue/caseRegimes.js';
import { evaluation } from '../../src/claim/Claim.js';
import { defineClaim } from '../../src/catalogue/defineClaim.js';
import { factorizationCaseCodec } from '../../src/fixtures/factorizationCaseCodec.js';
import { writeFixture } from '../../src/fixtures/writeFixture.js';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { replayFixture } from '../../src/runner/replayFixture.js';

/** A claim over plain numbers, with no codec, describe or classify: false from 10 on. */
const small = defineClaim({
  id: 'numbers-are-small',
  expected: 'refuted',
  statement: 'every integer is below 10',
  arbitrary: () => fc.integer({ min: 0, max: 1000 }),
  evaluate: (x) => evaluation(Math.max(0, x - 9), 0, { x }),
});

/** A claim over factorization instances with nothing but the four required parts. */
const square = defineClaim({
  id: 'targets-are-square',
  expected: 'refuted',
  statement: 'every target is square',
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate: (c) => evaluation(Math.abs(c.n - c.m), 0, { n: c.n, m: c.m }),
});

describe('defineClaim', () => {
  it('runs a claim without a codec over plain values: shrunk, stored, replayed (was a TypeError)', () => {
    const result = checkClaim(small, { runs: 100, seed: 7, maxSize: 4 });
    expect(result.outcome).toBe('refuted');
    expect(result.counterexample?.x).toBe(10);
    expect(result.input).toEqual({ $value: 10 });
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-define-'));
    const written = writeFixture(dir, result);
    expect(written?.stored).toBe(true);
    const replayed = replayFixture(written?.path ?? '', [small]);
    expect([replayed.status, replayed.ok, replayed.violation]).toEqual(['still-refutes', true, 1]);
  });

  it('fills describe, classify, hypotheses and codec for factorization instances', () => {
    const result = checkClaim(square, { runs: 100, seed: 7, maxSize: 4 });
    expect(result.outcome).toBe('refuted');
    const ce = result.counterexample;
    expect([[ce?.n, ce?.m].sort(), typeof ce?.rankY, typeof ce?.r]).toEqual([[1, 2], 'number', 'number']);
    expect(Object.keys(result.stats)).toEqual(expect.arrayContaining(['square', 'tall', 'r=rank']));
    const c = fc.sample(factorizationCaseArbitrary({ maxSide: 3 }), { seed: 1, numRuns: 1 })[0];
    expect(square.classify(c)).toEqual(caseRegimes(c));
    expect(square.unmetHypotheses(c)).toEqual([]);
    expect(square.unmetHypotheses({ ...c, s: [2, ...c.s.slice(1)] }).length).toBeGreaterThan(0);
    expect(square.codec?.encode(c)).toEqual(factorizationCaseCodec.encode(c));
    expect(square.describe(c)).toMatchObject({ n: c.n, m: c.m, rankY: c.k, r: c.r });
  });

  it('keeps what the author gives, and names no hypotheses or regimes by default', () => {
    expect([small.hypotheses, small.regimes, small.classify(3), small.unmetHypotheses(3)]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(small.describe(3)).toEqual({ input: 3 });
    const own = defineClaim({
      ...small,
      classify: (x) => [x > 5 ? 'big' : 'little'],
      hypotheses: ['x >= 0'],
    });
    expect([own.classify(7), own.hypotheses]).toEqual([['big'], ['x >= 0']]);
  });

  it('refuses an id that cannot name a fixture folder, naming it', () => {
    expect(() => defineClaim({ ...small, id: '../up' })).toThrow(/defineClaim: id "\.\.\/up" must be/);
    expect(() => defineClaim({ ...small, id: '' })).toThrow(/id ""/);
  });
});
