import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { seededFaRuns, type SeededFaRunsOptions } from '../../src/report/seededFaRuns.js';
import { solve } from '../../src/solve/solve.js';
import { safeFaStepSize } from '../../src/theory/safeFaStepSize.js';

/** A small plot case: 8 x 6 of rank 4, r = 2, 40 steps traced every step. */
const CASE: SeededFaRunsOptions = {
  seed: 7,
  stream: 'test',
  n: 8,
  m: 6,
  r: 2,
  singularValues: [1, 0.6, 0.36, 0.216],
  steps: 40,
  traceEvery: 1,
};

describe('seededFaRuns', () => {
  it('draws Y of the given spectrum, then the feedbacks, from the seed and the stream alone', () => {
    const one = seededFaRuns(CASE);
    expect([one.Y.rows, one.Y.columns]).toEqual([8, 6]);
    expect(one.feedbacks).toHaveLength(1);
    expect([one.feedbacks[0].rows, one.feedbacks[0].columns]).toEqual([8, 2]);
    // the first of three draws is the one draw of the same stream: Y first, then B1, B2, ...
    const three = seededFaRuns({ ...CASE, feedbackDraws: 3 });
    expect(three.Y.to2DArray()).toEqual(one.Y.to2DArray());
    expect(three.feedbacks[0].to2DArray()).toEqual(one.feedbacks[0].to2DArray());
    expect(three.feedbacks[1].to2DArray()).not.toEqual(three.feedbacks[0].to2DArray());
    expect(seededFaRuns(CASE).runs[0].trace).toEqual(one.runs[0].trace);
    expect(seededFaRuns({ ...CASE, stream: 'other' }).Y.to2DArray()).not.toEqual(one.Y.to2DArray());
    expect(seededFaRuns({ ...CASE, seed: 8 }).Y.to2DArray()).not.toEqual(one.Y.to2DArray());
  });

  it('runs FA from zero with every feedback at the smallest safe step size, as solve does', () => {
    const { Y, feedbacks, eta, runs } = seededFaRuns({ ...CASE, feedbackDraws: 3 });
    expect(eta).toBe(Math.min(...feedbacks.map((B) => safeFaStepSize(1, B))));
    expect(runs).toHaveLength(3);
    for (const [j, run] of runs.entries()) {
      const same = solve({ Y, r: 2, rule: fa, eta, B: feedbacks[j], steps: 40, traceEvery: 1 });
      expect(run.steps, `B${j + 1}`).toBe(40);
      expect(run.trace, `B${j + 1}`).toEqual(same.trace);
      expect(run.Z.to2DArray(), `B${j + 1}`).toEqual(same.Z.to2DArray());
      expect(run.trace?.alignment[0], `B${j + 1}`).toBe(0); // from zero
    }
  });

  it('hands every iterate to onStep on the full matrices, the run ending at the iterate after the last', () => {
    const seen: Array<{ z: number[]; w: number[] }> = [];
    const { runs } = seededFaRuns({
      ...CASE,
      traceEvery: 0,
      onStep: (z, w, run) => {
        expect(run).toBe(0);
        seen.push({ z: Array.from(z), w: Array.from(w) });
      },
    });
    expect(seen).toHaveLength(40);
    for (const { z, w } of seen) expect([z.length, w.length]).toEqual([8 * 2, 2 * 6]);
    expect(seen[0].z.every((x) => x === 0)).toBe(true);
    expect(runs[0].trace).toBeUndefined();
    // the same dynamics as the traced run (which may go in the feedback subspaces), to rounding
    const traced = seededFaRuns(CASE).runs[0];
    const gap = Math.max(...runs[0].Z.clone().sub(traced.Z).to1DArray().map(Math.abs));
    expect(gap).toBeLessThanOrEqual(1e-12);
  });
});
