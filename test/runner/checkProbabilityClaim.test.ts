import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { checkProbabilityClaim } from '../../src/runner/checkProbabilityClaim.js';
import { judgeProportion, probabilityLooks } from '../../src/runner/judgeProportion.js';

/** `o` without the field `key`. */
function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/**
 * A toy high-probability claim: x uniform on {0, 0.001, ..., 0.999}, the event "x < q", stated to have
 * probability at least p (so it truly has probability q).
 */
function probabilityClaim(q: number, p: number, over: Partial<Claim<number>> = {}): Claim<number> {
  return {
    id: 'toy-probability',
    kind: 'probability',
    expected: 'holds',
    probability: { p },
    statement: `P(x < ${q}) >= ${p}`,
    hypotheses: ['x in [0, 1)'],
    regimes: ['low', 'high'],
    arbitrary: () => fc.integer({ min: 0, max: 999 }).map((i) => i / 1000),
    unmetHypotheses: (x) => (Number.isFinite(x) && x >= 0 && x < 1 ? [] : ['x in [0, 1)']),
    // Passes when x < q; fails by 1 past a tolerance of 0.5 otherwise (marginal: no success).
    evaluate: (x) => evaluation(x < q ? 0 : 1, 0.5, { x }),
    classify: (x) => [x < 0.5 ? 'low' : 'high'],
    describe: (x) => ({ n: 1, m: 1, rankY: 1, r: 1, x }),
    codec: { encode: (x) => x, decode: (v) => v as number },
    ...over,
  };
}

const withoutSeconds = (r: ClaimResult): Omit<ClaimResult, 'seconds'> => omit(r, 'seconds');

describe('checkProbabilityClaim (through checkClaim)', () => {
  it('holds when the event is far likelier than stated: q = 0.99, p = 0.9, with the lower end at or above p', () => {
    for (const seed of [1, 2, 3]) {
      const r = checkClaim(probabilityClaim(0.99, 0.9), { runs: 1000, seed, maxSize: 4 });
      expect(r.outcome).toBe('holds');
      const e = r.probability;
      expect(e).toBeDefined();
      expect(e?.lower).toBeGreaterThanOrEqual(0.9);
      expect(e?.upper).toBeGreaterThanOrEqual(e?.lower ?? Number.NaN);
      expect(e?.p).toBe(0.9);
      expect(e?.confidence).toBe(0.99);
      expect(e?.looks).toBe(probabilityLooks(1000).length);
      // Decided at a look, before the draws were spent.
      expect(probabilityLooks(1000)).toContain(e?.trials);
      expect(e?.trials).toBeLessThan(1000);
      expect(r.runs).toBe(e?.trials);
      expect(e?.successes).toBeLessThanOrEqual(e?.trials ?? Number.NaN);
      expect((r.stats.low ?? 0) + (r.stats.high ?? 0)).toBe(r.runs);
      expect(r.error).toBeUndefined();
      // The estimate is the judge's at the counts and looks reported.
      const again = judgeProportion(e?.successes ?? 0, e?.trials ?? 0, { p: 0.9 }, e?.looks ?? 0);
      expect(again.estimate).toEqual(e);
      expect(again.decided).toBe('holds');
    }
  });

  it('is refuted when the event is far rarer than stated: q = 0.5, p = 0.9, with the upper end below p', () => {
    for (const seed of [1, 2, 3]) {
      const r = checkClaim(probabilityClaim(0.5, 0.9), { runs: 1000, seed, maxSize: 4 });
      expect(r.outcome).toBe('refuted');
      expect(r.probability?.upper).toBeLessThan(0.9);
      expect(probabilityLooks(1000)).toContain(r.probability?.trials);
      expect(r.counterexample).toBeUndefined();
    }
  });

  it('is inconclusive, never holds, when the event has just the probability stated and the draws are few', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = checkClaim(probabilityClaim(0.9, 0.9), { runs: 200, seed, maxSize: 4 });
      expect(r.outcome).toBe('inconclusive');
      expect(r.runs).toBe(200);
      expect(r.probability?.trials).toBe(200);
      expect(r.probability?.lower).toBeLessThan(0.9);
      expect(r.probability?.upper).toBeGreaterThanOrEqual(0.9);
      expect(r.error).toMatch(/200 draws spent with the interval undecided/);
    }
  });

  it('draws without bias: the share of successes is near q (small x would be favoured under bias)', () => {
    const r = checkClaim(probabilityClaim(0.3, 0.3), { runs: 1000, seed: 9, maxSize: 4 });
    expect(r.outcome).toBe('inconclusive');
    expect(r.probability?.trials).toBe(1000);
    const share = (r.probability?.successes ?? Number.NaN) / 1000;
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  it('judges the draws of fc.noBias(arbitrary) in order, each look extending the last', () => {
    const seen: number[] = [];
    const claim = probabilityClaim(0.9, 0.9, {
      evaluate: (x) => {
        seen.push(x);
        return evaluation(x < 0.9 ? 0 : 1, 0.5, { x });
      },
    });
    const r = checkClaim(claim, { runs: 100, seed: 17, maxSize: 4 });
    expect(r.outcome).toBe('inconclusive');
    const arbitrary = fc.noBias(fc.integer({ min: 0, max: 999 }).map((i) => i / 1000));
    expect(seen).toEqual(fc.sample(arbitrary, { seed: 17, numRuns: 100 }));
  });

  it('generates each draw once, when it is judged: not again at a later look, none past the decision', () => {
    let generated = 0;
    const counted = (over: Partial<Claim<number>> = {}) => ({
      ...over,
      arbitrary: () =>
        fc.integer({ min: 0, max: 999 }).map((i) => {
          generated++;
          return i / 1000;
        }),
    });
    // every draw judged, over the looks 16, 32, 64 and 100 (drawn afresh at each look: 212 generations)
    const spent = checkClaim(probabilityClaim(0.9, 0.9, counted()), { runs: 100, seed: 17, maxSize: 4 });
    expect(spent.runs).toBe(100);
    expect(generated).toBe(100);
    // decided at a look: the draws past it are never generated, those outside the hypotheses are
    generated = 0;
    const outside = counted({ unmetHypotheses: (x) => (x < 0.8 ? [] : ['x < 0.8']) });
    const decided = checkClaim(probabilityClaim(0.99, 0.9, outside), { runs: 1000, seed: 5, maxSize: 4 });
    expect(decided.outcome).toBe('holds');
    expect(decided.skipped ?? 0).toBeGreaterThanOrEqual(1);
    expect(generated).toBe(decided.runs + (decided.skipped ?? 0));
    expect(generated).toBeLessThan(1000);
  });

  it('ends as an error on an evaluation that throws, with that input and a replay record', () => {
    const claim = probabilityClaim(0.99, 0.9, {
      evaluate: (x) => {
        if (x >= 0.7) throw new Error(`oracle failed at ${x}`);
        return evaluation(0, 0.5, { x });
      },
    });
    const r = checkClaim(claim, { runs: 1000, seed: 4, maxSize: 6 });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/^draw \d+: evaluation threw: oracle failed at/);
    expect(r.input as number).toBeGreaterThanOrEqual(0.7);
    expect(r.counterexample).toMatchObject({ n: 1, m: 1, rankY: 1, r: 1, x: r.input });
    expect(r.replay).toEqual({ seed: 4, path: '', maxSize: 6 });
    // The draw that erred is the first at or above 0.7.
    const n = Number(/^draw (\d+)/.exec(r.error ?? '')?.[1]);
    expect(r.runs).toBe(n - 1);
  });

  it('ends as an error on a non-finite evaluation', () => {
    const claim = probabilityClaim(0.99, 0.9, { evaluate: () => evaluation(Number.NaN, 0.5, {}) });
    const r = checkClaim(claim, { runs: 100, seed: 4, maxSize: 6 });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/^draw 1: non-finite/);
  });

  it('skips draws outside the hypotheses, judging only the others', () => {
    const claim = probabilityClaim(0.99, 0.9, { unmetHypotheses: (x) => (x < 0.8 ? [] : ['x < 0.8']) });
    const r = checkClaim(claim, { runs: 200, seed: 5, maxSize: 4 });
    expect(r.skipped ?? 0).toBeGreaterThanOrEqual(1);
    expect((r.skipped ?? 0) + r.runs).toBeLessThanOrEqual(200);
    expect(r.probability?.trials).toBe(r.runs);
    expect(r.probability?.successes).toBe(r.runs);
  });

  it('is inconclusive with a time budget already spent', () => {
    const r = checkClaim(probabilityClaim(0.99, 0.9), { runs: 1000, seed: 1, maxSize: 4, timeBudget: 0 });
    expect(r.outcome).toBe('inconclusive');
    expect(r.runs).toBe(0);
    expect(r.error).toMatch(/time budget of 0 s spent after 0 draws/);
  });

  it('is not run, inconclusive, when the side bound is below the claim minSize', () => {
    const r = checkClaim(probabilityClaim(0.99, 0.9, { minSize: 8 }), { runs: 100, seed: 1, maxSize: 4 });
    expect(r.outcome).toBe('inconclusive');
    expect(r.runs).toBe(0);
    expect(r.error).toMatch(/^not run: its inputs need sides of at least 8, and the side bound is 4/);
    expect(r.probability).toBeUndefined();
    const run = checkClaim(probabilityClaim(0.99, 0.9, { minSize: 4 }), { runs: 1000, seed: 1, maxSize: 4 });
    expect(run.outcome).toBe('holds');
  });

  it('is deterministic for its seed, but for seconds', () => {
    for (const [q, runs] of [
      [0.99, 1000],
      [0.9, 100],
    ] as const) {
      const one = checkClaim(probabilityClaim(q, 0.9), { runs, seed: 13, maxSize: 4 });
      const two = checkClaim(probabilityClaim(q, 0.9), { runs, seed: 13, maxSize: 4 });
      expect(withoutSeconds(two)).toEqual(withoutSeconds(one));
    }
  });

  it('refuses a claim that states no probability', () => {
    const bare = omit(probabilityClaim(0.99, 0.9), 'probability');
    expect(() => checkProbabilityClaim(bare, { runs: 10, seed: 1, maxSize: 2 })).toThrow(
      /states no probability/,
    );
  });
});
