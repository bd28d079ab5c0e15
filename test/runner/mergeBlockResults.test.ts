import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import type { ProbabilityEstimate } from '../../src/claim/ProbabilityEstimate.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { judgeProportion } from '../../src/runner/judgeProportion.js';
import { mergeBlockResults } from '../../src/runner/mergeBlockResults.js';

/** `o` without the field `key`. */
function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** A toy high-probability claim: x uniform on {0, 0.001, ..., 0.999}, the event "x < q", stated at p. */
function probabilityClaim(q: number, p: number): Claim<number> {
  return {
    id: 'toy-probability',
    kind: 'probability',
    expected: 'holds',
    probability: { p },
    statement: `P(x < ${q}) >= ${p}`,
    hypotheses: ['x in [0, 1)'],
    regimes: ['low', 'high'],
    arbitrary: () => fc.integer({ min: 0, max: 999 }).map((i) => i / 1000),
    unmetHypotheses: (x) => (x >= 0 && x < 1 ? [] : ['x in [0, 1)']),
    evaluate: (x) => evaluation(x < q ? 0 : 1, 0.5, { x }),
    classify: (x) => [x < 0.5 ? 'low' : 'high'],
    describe: (x) => ({ n: 1, m: 1, rankY: 1, r: 1, x }),
    codec: { encode: (x) => x, decode: (v) => v as number },
  };
}

/** Block `index` of `count` of a run with seed 5: its result as checkClaim gave it, with the block field. */
const asBlock = (r: ClaimResult, index: number, count: number, runs: number): ClaimResult => ({
  ...r,
  block: { index, count, seed: 5, runs },
});

/** A synthetic block of a probability claim: `successes` of `trials`, judged on its own `looks`. */
function probabilityBlock(
  successes: number,
  trials: number,
  p: number,
  looks: number,
  index: number,
): ClaimResult {
  const { estimate, decided } = judgeProportion(successes, trials, { p }, looks);
  return {
    claim: 'toy-probability',
    expected: 'holds',
    outcome: decided ?? 'inconclusive',
    runs: trials,
    seed: 100 + index,
    seconds: 0.25,
    stats: { low: successes, high: trials - successes },
    probability: estimate,
    ...(decided === null ? { error: `${trials} draws spent with the interval undecided` } : {}),
    block: { index, count: 4, seed: 5, runs: 4 * trials },
  };
}

describe('mergeBlockResults of a high-probability claim', () => {
  it('sums two inconclusive blocks into a decision: holds, from the summed counts at the summed looks', () => {
    const claim = probabilityClaim(0.999, 0.93);
    const blocks = [1, 2].map((seed, i) =>
      asBlock(checkClaim(claim, { runs: 100, seed, maxSize: 4 }), i, 2, 200),
    );
    for (const b of blocks) {
      expect(b.outcome).toBe('inconclusive');
      expect(b.probability?.trials).toBe(100);
    }
    const e = blocks.map((b) => b.probability as ProbabilityEstimate);
    const merged = mergeBlockResults(blocks, 5);
    const successes = e[0].successes + e[1].successes;
    const judged = judgeProportion(successes, 200, { p: 0.93, confidence: 0.99 }, e[0].looks + e[1].looks);
    expect(judged.decided).toBe('holds');
    expect(merged.outcome).toBe('holds');
    expect(merged.probability).toEqual(judged.estimate);
    expect(merged.probability?.lower).toBeGreaterThanOrEqual(0.93);
    expect(merged.probability?.looks).toBe(8);
    expect(merged.error).toBeUndefined();
    expect(merged.runs).toBe(200);
    expect(merged.seed).toBe(5);
    expect(merged.block).toBeUndefined();
    expect((merged.stats.low ?? 0) + (merged.stats.high ?? 0)).toBe(200);
    expect(merged.seconds).toBe(blocks[0].seconds + blocks[1].seconds);
  });

  it('sums four inconclusive blocks into a refutation, with the upper end below p', () => {
    const blocks = [0, 1, 2, 3].map((i) => probabilityBlock(12, 16, 0.9, 1, i));
    for (const b of blocks) expect(b.outcome).toBe('inconclusive');
    const merged = mergeBlockResults(blocks, 5);
    const judged = judgeProportion(48, 64, { p: 0.9, confidence: 0.99 }, 4);
    expect(judged.decided).toBe('refuted');
    expect(merged.outcome).toBe('refuted');
    expect(merged.probability).toEqual(judged.estimate);
    expect(merged.probability?.upper).toBeLessThan(0.9);
    expect(merged.error).toBeUndefined();
    expect(merged.runs).toBe(64);
    expect(merged.stats).toEqual({ low: 48, high: 16 });
  });

  it('decides again from the sums, even against the blocks: two holding blocks can merge inconclusive', () => {
    // 30 of 30 holds p = 0.8 on one look; with a third block's misses, 80 of 90 on three looks does not.
    const holding = probabilityBlock(30, 30, 0.8, 1, 0);
    expect(holding.outcome).toBe('holds');
    const blocks = [holding, probabilityBlock(30, 30, 0.8, 1, 1), probabilityBlock(20, 30, 0.8, 1, 2)];
    const judged = judgeProportion(80, 90, { p: 0.8, confidence: 0.99 }, 3);
    expect(judged.decided).toBeNull();
    const merged = mergeBlockResults(blocks, 5);
    expect(merged.outcome).toBe('inconclusive');
    expect(merged.probability?.lower).toBeLessThan(0.8);
    expect(merged.probability).toEqual(judged.estimate);
  });

  it('stays inconclusive, saying so, when the summed interval still contains p', () => {
    const blocks = [0, 1].map((i) => probabilityBlock(8, 10, 0.8, 1, i));
    const merged = mergeBlockResults(blocks, 5);
    expect(merged.outcome).toBe('inconclusive');
    expect(merged.probability?.trials).toBe(20);
    expect(merged.probability?.lower).toBeLessThan(0.8);
    expect(merged.probability?.upper).toBeGreaterThanOrEqual(0.8);
    expect(merged.error).toMatch(/^20 draws in 2 blocks with the interval undecided/);
  });

  it('keeps an erring block as the claim error, without deciding again', () => {
    const erring: ClaimResult = {
      ...probabilityBlock(3, 5, 0.8, 1, 1),
      outcome: 'error',
      error: 'draw 6: boom',
    };
    const merged = mergeBlockResults([probabilityBlock(100, 100, 0.8, 1, 0), erring], 5);
    expect(merged.outcome).toBe('error');
    expect(merged.error).toBe('draw 6: boom');
    expect(merged.probability).toEqual(erring.probability);
  });

  it('returns a single block as it is, but for its block field and seed', () => {
    const only = probabilityBlock(12, 16, 0.9, 1, 0);
    expect(mergeBlockResults([only], 5)).toEqual({ ...omit(only, 'block'), seed: 5 });
  });
});

describe('mergeBlockResults of an existence claim', () => {
  const base = {
    claim: 'toy-exists',
    expected: 'witnessed' as const,
    seconds: 0.5,
    stats: { low: 3, high: 7 },
  };
  const search = { evaluations: 10, rungs: [2, 4], curve: [], levels: [] };
  const notWitnessed = (index: number): ClaimResult => ({
    ...base,
    outcome: 'not witnessed',
    runs: 10,
    seed: 100 + index,
    search,
    block: { index, count: 3, seed: 5, runs: 30 },
  });
  const witnessed: ClaimResult = {
    ...base,
    outcome: 'witnessed',
    runs: 4,
    seed: 101,
    search: { ...search, evaluations: 4, rungs: [2] },
    replay: { seed: 101, path: '', maxSize: 2 },
    counterexample: { n: 1, m: 1, rankY: 1, r: 1, violation: 0.2, tolerance: 0.01, margin: 20 },
    input: 0.73,
    shrinks: 0,
    block: { index: 1, count: 3, seed: 5, runs: 30 },
  };

  it('is witnessed when a block is, with that block witness and replay record (its own seed)', () => {
    const merged = mergeBlockResults([notWitnessed(0), witnessed, notWitnessed(2)], 5);
    expect(merged.outcome).toBe('witnessed');
    expect(merged.input).toBe(0.73);
    expect(merged.counterexample).toEqual(witnessed.counterexample);
    expect(merged.replay).toEqual({ seed: 101, path: '', maxSize: 2 });
    expect(merged.search).toEqual(witnessed.search);
    expect(merged.seed).toBe(5);
    expect(merged.runs).toBe(24);
    expect(merged.stats).toEqual({ low: 9, high: 21 });
    expect(merged.block).toBeUndefined();
    expect(merged.probability).toBeUndefined();
  });

  it('is not witnessed when no block is, and an error when a block erred', () => {
    expect(mergeBlockResults([notWitnessed(0), notWitnessed(1)], 5).outcome).toBe('not witnessed');
    const erring: ClaimResult = { ...notWitnessed(2), outcome: 'error', error: 'evaluation threw: boom' };
    const merged = mergeBlockResults([witnessed, erring], 5);
    expect(merged.outcome).toBe('error');
    expect(merged.error).toBe('evaluation threw: boom');
  });
});
