import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaimCoverage } from '../../src/audit/checkClaimCoverage.js';
import { hypothesisCoverage, type HypothesisLink } from '../../src/audit/hypothesisCoverage.js';
import { evaluation, type Claim } from '../../src/claim/Claim.js';

/** A toy claim with the given hypotheses. */
const toy = (id: string, expected: 'holds' | 'refuted', hypotheses: string[]): Claim<number> => ({
  id,
  expected,
  statement: id,
  hypotheses,
  regimes: [],
  arbitrary: () => fc.constant(0),
  unmetHypotheses: () => [],
  evaluate: () => evaluation(0, 0, {}),
  classify: () => [],
  describe: () => ({ n: 1, m: 1, rankY: 1, r: 1 }),
});

const link = (quote: string, exercisedBy: string[], necessaryBy: string[] = []): HypothesisLink => ({
  quote,
  exercisedBy,
  necessaryBy,
});

describe('checkClaimCoverage on the catalogue', () => {
  const c = checkClaimCoverage(catalogue, hypothesisCoverage);

  it('finds no gap: every hypothesis is exercised or shown necessary, every quote current', () => {
    expect(c.problems).toEqual([]);
    expect(c.pass).toBe(true);
    expect(c.rows).toHaveLength(catalogue.reduce((acc, claim) => acc + claim.hypotheses.length, 0));
  });

  it.each([
    ['fa-reaches-optimum-when-r-ge-rank', 'r >= rank(Y)', 'fa-reaches-optimum-for-every-r'],
    ['fa-reaches-optimum-when-r-ge-rank', 'B generic', 'fa-reaches-optimum-with-any-feedback'],
    ['fa-reaches-optimum-when-r-ge-rank', 'safe step size', 'fa-converges-for-any-step-size'],
    ['two-layer-network-equals-factorization', 'X X^T / N = I_m', 'two-layer-equivalence-without-isotropy'],
  ])('shows %s "%s" necessary by %s', (claim, quote, refuted) => {
    const row = c.rows.find((r) => r.claim === claim && r.hypothesis.includes(quote));
    expect(row?.necessaryBy).toContain(refuted);
    expect(row?.exercisedBy[0]).toBe(claim);
  });

  it('lists hypotheses no refuted claim shows necessary, only for claims that hold', () => {
    expect(c.notShownNecessary.length).toBeGreaterThan(0);
    const refuted = new Set(catalogue.filter((x) => x.expected === 'refuted').map((x) => x.id));
    for (const line of c.notShownNecessary) expect(refuted.has(line.split(' ')[0]), line).toBe(false);
    expect(c.notShownNecessary.some((l) => l.startsWith('gd-reaches-optimum #1'))).toBe(true);
  });
});

describe('checkClaimCoverage finds the defects of a table', () => {
  const claims = [toy('a', 'holds', ['x > 0', 'y generic']), toy('b', 'refuted', ['any x'])];

  it('passes a complete table', () => {
    const c = checkClaimCoverage(claims, {
      a: [link('x > 0', ['a'], ['b']), link('generic', ['a'])],
      b: [link('any', ['b'])],
    });
    expect(c.problems).toEqual([]);
    expect(c.notShownNecessary).toEqual(['a #1: y generic']);
  });

  it('fails a hypothesis with neither link, a missing entry, a stale quote and unknown names', () => {
    const c = checkClaimCoverage(claims, {
      a: [link('x < 0', ['ghost'], ['a']), link('generic', [])],
      c: [],
    });
    expect(c.pass).toBe(false);
    expect(c.problems).toEqual([
      'c: in the coverage table but not in the catalogue',
      'a #0: quote "x < 0" not in "x > 0"',
      'a #0: exercised by unknown claim ghost',
      'a #0: a is not a refuted claim of the catalogue',
      'a #1 "y generic": neither exercised nor shown necessary',
      'b #0 "any x": no entry in the coverage table',
    ]);
  });

  it('fails a table with more entries than hypotheses', () => {
    const c = checkClaimCoverage([claims[1]], { b: [link('any', ['b']), link('more', ['b'])] });
    expect(c.problems).toEqual(['b: 2 table entries for 1 hypotheses']);
  });
});
