import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkTeeth } from '../../src/audit/checkTeeth.js';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import type { Solvers } from '../../src/solvers/Solvers.js';
import type { Fault } from '../../src/faults/Fault.js';
import { flowHalfTime } from '../../src/faults/flowHalfTime.js';
import { initialZReturned } from '../../src/faults/initialZReturned.js';
import { inputsNotWhitened } from '../../src/faults/inputsNotWhitened.js';
import { fa } from '../../src/rules/fa.js';

/**
 * A small claim that holds on the real solvers: FA from zero on the `k x 1` target of ones, with
 * feedback of ones, ends within 1e-8 of loss 0 (its inputs are `k` in 1..maxSize, shrinking to 1).
 */
function fitsOnes(id: string, expected: 'holds' | 'refuted' = 'holds'): Claim<number> {
  return {
    id,
    expected,
    statement: 'FA fits a column of ones',
    hypotheses: ['k >= 1'],
    regimes: [],
    arbitrary: (maxSize) => fc.integer({ min: 1, max: maxSize }),
    unmetHypotheses: (k) => (Number.isInteger(k) && k >= 1 ? [] : ['k >= 1']),
    evaluate(k, solvers) {
      const y = { rows: k, cols: 1, data: new Float64Array(k).fill(1) };
      const b = { rows: k, cols: 1, data: new Float64Array(k).fill(1) };
      const run = (solvers as Solvers).solveDense({
        y,
        r: 1,
        rule: fa,
        eta: 0.2 / k,
        b,
        z0: null,
        w0: null,
        stopping: { kind: 'until', maxSteps: 20_000, targetLoss: 1e-12 * k, stationaryTol: 0 },
        divergenceFactor: 1e6,
        traceEvery: 0,
        reduce: false,
      });
      return evaluation(run.loss / k, 1e-8, { loss: run.loss, steps: run.steps });
    },
    classify: () => [],
    describe: (k) => ({ n: k, m: 1, rankY: 1, r: 1, Y: [[1]] }),
    codec: { encode: (k) => k, decode: (v) => v as number },
  };
}

/** A fault whose solver throws: an error, never a catch. */
const throwing: Fault = {
  id: 'throws',
  description: 'the solver throws',
  plant: (real) => ({
    ...real,
    solveDense: () => {
      throw new Error('planted throw');
    },
  }),
};

describe('checkTeeth', () => {
  it('sorts the faults of each claim expected to hold into caught (refuted), errors and misses', () => {
    const teeth = checkTeeth(
      [fitsOnes('a'), fitsOnes('b', 'refuted')],
      [initialZReturned, throwing, flowHalfTime],
      { runs: 20, seeds: [7, 8], maxSize: 4 },
    );
    expect(teeth.claims.map((c) => c.claim)).toEqual(['a']); // a refuted claim is not asked for teeth
    const [a] = teeth.claims;
    expect(a.caught).toEqual(['initial-z-returned']);
    expect(a.errors).toEqual(['throws']);
    expect(a.missed).toEqual(['flow-half-time']);
    expect(a.pass).toBe(true);
    expect(teeth.pass).toBe(true);
    expect(teeth.uncaught).toEqual(['throws', 'flow-half-time']);
    expect(teeth.faults.map((f) => f.id)).toEqual(['initial-z-returned', 'throws', 'flow-half-time']);
    expect(teeth.options).toEqual({ runs: 20, seeds: [7, 8], maxSize: 4 });
    // one run per fault and seed, the refutations shrunk to k = 1, the error with its message
    expect(a.runs.map((r) => `${r.fault}/${r.seed}:${r.outcome}`)).toEqual([
      'initial-z-returned/7:refuted',
      'initial-z-returned/8:refuted',
      'throws/7:error',
      'throws/8:error',
      'flow-half-time/7:holds',
      'flow-half-time/8:holds',
    ]);
    for (const r of a.runs.filter((x) => x.outcome === 'refuted'))
      expect(r.sides).toEqual({ n: 1, m: 1, rankY: 1, r: 1 });
    expect(a.runs.find((r) => r.fault === 'throws')?.error).toMatch(/planted throw/);
    expect(a.runs.find((r) => r.fault === 'flow-half-time')?.sides).toBeUndefined();
    for (const r of a.runs) expect(r.seconds).toBeGreaterThan(0);
    expect(teeth.seconds).toBeGreaterThanOrEqual(Math.max(...a.runs.map((r) => r.seconds)));
  });

  it('fails when a claim expected to hold catches no fault, and names what it missed', () => {
    const teeth = checkTeeth([fitsOnes('a'), fitsOnes('c')], [flowHalfTime, throwing], {
      runs: 10,
      seeds: [7],
      maxSize: 3,
    });
    expect(teeth.pass).toBe(false);
    expect(teeth.claims.map((c) => [c.claim, c.pass, c.caught, c.errors, c.missed])).toEqual([
      ['a', false, [], ['throws'], ['flow-half-time']],
      ['c', false, [], ['throws'], ['flow-half-time']],
    ]);
    expect(teeth.uncaught).toEqual(['flow-half-time', 'throws']);
  });

  it('a claim with no seed to run catches nothing', () => {
    const teeth = checkTeeth([fitsOnes('a')], [initialZReturned], { runs: 10, seeds: [], maxSize: 3 });
    expect(teeth.claims[0].caught).toEqual([]);
    expect(teeth.claims[0].missed).toEqual(['initial-z-returned']);
    expect(teeth.pass).toBe(false);
  });

  it('on the catalogue: the network claim catches unwhitened inputs at 1 x 1 and cannot see the flow', () => {
    const claim = catalogue.find((c) => c.id === 'two-layer-network-equals-factorization');
    expect(claim).toBeDefined();
    const teeth = checkTeeth(claim === undefined ? [] : [claim], [inputsNotWhitened, flowHalfTime], {
      runs: 100,
      seeds: [7],
      maxSize: 8,
    });
    const [c] = teeth.claims;
    expect([c.caught, c.errors, c.missed]).toEqual([['inputs-not-whitened'], [], ['flow-half-time']]);
    expect(c.runs[0].sides).toEqual({ n: 1, m: 1, rankY: 1, r: 1 });
    expect(teeth.pass).toBe(true);
  });
});

describe('checkTeeth with a time budget', () => {
  it('passes the budget to each run: a run that spends it is inconclusive, and the fault counts as missed', () => {
    const teeth = checkTeeth([fitsOnes('a')], [flowHalfTime], {
      runs: 100_000,
      seeds: [7],
      maxSize: 3,
      timeBudget: 0.05,
    });
    const [a] = teeth.claims;
    expect(a.runs.map((r) => r.outcome)).toEqual(['inconclusive']);
    expect(a.runs[0].error).toMatch(/^time budget of 0.05 s spent after \d+ of 100000 cases/);
    expect([a.caught, a.errors, a.missed]).toEqual([[], [], ['flow-half-time']]);
    expect(teeth.pass).toBe(false);
  });
});
