import { describe, expect, it } from 'vitest';
import type { Matrix } from 'ml-matrix';
import { integrateFlow } from '../../src/flow/integrateFlow.js';
import { toDense, toMatrix } from '../../src/linalg/Dense.js';
import { randomFactors } from '../../src/random/randomFactors.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { InputError } from '../../src/linalg/InputError.js';
import { solve } from '../../src/solve/solve.js';
import { alignment } from '../../src/theory/alignment.js';
import { faLimit } from '../../src/theory/faLimit.js';
import { invariantResidual } from '../../src/theory/invariantResidual.js';
import { optimalLoss } from '../../src/theory/optimalLoss.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';
import { feedbackReductionCases } from '../_support/feedbackReductionCases.js';

/** A seeded FA case: Gaussian `Y` (n x m) and feedback `B` (n x r) with `N(0, 1/n)` entries. */
function faCase(n: number, m: number, r: number, seed: string): { y: Matrix; b: Matrix } {
  return { y: seededMatrix(n, m, `${seed}/Y`), b: seededMatrix(n, r, `${seed}/B`, 1 / Math.sqrt(n)) };
}

const distance = (a: Matrix, b: Matrix): number => a.clone().sub(b).norm('frobenius');

describe('integrateFlow: the FA flow from zero', () => {
  const shapes: [number, number, number, string][] = [
    [5, 4, 2, 'inv-a'],
    [3, 6, 3, 'inv-b'],
    [6, 6, 1, 'inv-c'],
    [4, 4, 4, 'inv-d'],
  ];
  const times = [0.1, 0.5, 1, 2, 5, 10, 20];

  it.each(shapes)(
    'keeps B^T Z + Z^T B = W W^T (residual <= 1e-7) along the flow, %i x %i, r = %i (%s)',
    (n, m, r, seed) => {
      const { y, b } = faCase(n, m, r, seed);
      const out = integrateFlow({ Y: y, B: b, rule: fa, r, tEnd: 20, sampleTimes: times });
      expect(out.reason).toBe('done');
      expect(out.samples.map((s) => s.t)).toEqual(times);
      for (const s of out.samples) {
        expect(invariantResidual(b, s.Z, s.W)).toBeLessThanOrEqual(1e-7);
        // consequence: tr(B^T Z) = ||W||^2 / 2 >= 0, so the alignment is never negative
        expect(alignment(s.Z, b)).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it('is approached by discrete FA with error O(eta): halving eta about halves the distance of Z W', () => {
    const { y, b } = faCase(5, 4, 2, 'oeta');
    const time = 2;
    const flow = integrateFlow({ Y: y, B: b, rule: fa, r: 2, tEnd: time, rtol: 1e-10 });
    const product = flow.Z.mmul(flow.W);
    const etas = [0.02, 0.01, 0.005];
    const gaps = etas.map((eta) => {
      const run = solve({ Y: y, r: 2, rule: fa, eta, steps: Math.round(time / eta), B: b });
      expect(run.reason).toBe('steps');
      return { d: distance(run.Z.mmul(run.W), product), residual: invariantResidual(b, run.Z, run.W) };
    });
    for (let i = 1; i < gaps.length; i++) {
      const ratio = gaps[i - 1].d / gaps[i].d;
      expect(ratio).toBeGreaterThanOrEqual(1.6);
      expect(ratio).toBeLessThanOrEqual(2.5);
      // and the discrete invariant residual at the same flow time shrinks linearly too
      const residualRatio = gaps[i - 1].residual / gaps[i].residual;
      expect(residualRatio).toBeGreaterThanOrEqual(1.6);
      expect(residualRatio).toBeLessThanOrEqual(2.5);
    }
  });

  it.each([
    [5, 4, 2, 'lim-a'],
    [4, 4, 1, 'lim-b'],
    [3, 5, 3, 'lim-c'],
  ])('reaches the FA limit Y P_S for large t, %i x %i, r = %i (%s)', (n, m, r, seed) => {
    const { y, b } = faCase(n, m, r, seed);
    const limit = faLimit(y, b);
    const out = integrateFlow({ Y: y, B: b, rule: fa, r, tEnd: 200 });
    expect(out.reason).toBe('done');
    const yNorm = y.norm('frobenius');
    expect(distance(out.Z.mmul(out.W), limit.product) / yNorm).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(out.loss - limit.loss) / yNorm ** 2).toBeLessThanOrEqual(1e-8);
  });
});

describe('integrateFlow: the GD flow', () => {
  it('decreases the loss along the flow from small random factors and reaches L*(r)', () => {
    const y = seededMatrix(5, 4, 'gd/Y');
    const start = randomFactors(5, 4, 2, 0.1, 'gd/init');
    const [Z0, W0] = [toMatrix(start.z0), toMatrix(start.w0)];
    const times = [0, 1, 2, 5, 10, 20, 50, 100];
    const out = integrateFlow({ Y: y, r: 2, rule: gd, Z0, W0, tEnd: 100, sampleTimes: times });
    expect(out.reason).toBe('done');
    const losses = out.samples.map((s) => s.Z.mmul(s.W).sub(y).norm('frobenius') ** 2);
    const yNormSq = y.norm('frobenius') ** 2;
    // non-increasing up to the integration tolerance (the last samples sit at L*(r) itself)
    for (let i = 1; i < losses.length; i++)
      expect(losses[i]).toBeLessThanOrEqual(losses[i - 1] + 1e-10 * yNormSq);
    expect(losses[3]).toBeLessThanOrEqual(0.9 * losses[0]);
    expect(out.samples[0].Z.to1DArray()).toEqual(Z0.to1DArray());
    expect((out.loss - optimalLoss(y, 2)) / yNormSq).toBeLessThanOrEqual(1e-8);
  });
});

describe('integrateFlow: stopping', () => {
  it('stops on the budget of accepted steps with the state it reached, and never writes its inputs', () => {
    const y = seededMatrix(4, 3, 'budget/Y');
    const start = randomFactors(4, 3, 2, 0.1, 'budget/init');
    const [Z0, W0] = [toMatrix(start.z0), toMatrix(start.w0)];
    const zBefore = Z0.to1DArray();
    const out = integrateFlow({ Y: y, r: 2, rule: gd, Z0, W0, tEnd: 100, maxSteps: 5 });
    expect(out.reason).toBe('budget');
    expect(out.steps).toBe(5);
    expect(out.t).toBeGreaterThan(0);
    expect(out.t).toBeLessThan(100);
    expect(out.loss).toBeLessThanOrEqual(y.norm('frobenius') ** 2);
    expect(Z0.to1DArray()).toEqual(zBefore);
  });
});

describe('integrateFlow: inputs', () => {
  const { y, b } = faCase(3, 2, 1, 'bad');
  const base = { Y: y, B: b, rule: fa, r: 1, tEnd: 1 };
  it.each([
    ['B', { B: null }],
    ['B', { B: seededMatrix(2, 1, 'b') }],
    ['Z0', { Z0: seededMatrix(2, 1, 'z') }],
    ['W0', { W0: seededMatrix(1, 3, 'w') }],
    ['Z0', { rule: gd, B: null }],
    ['r', { r: 0 }],
    ['r', { r: 1.5 }],
    ['Y', { Y: toDense(y) as unknown as Matrix }],
    ['B', { B: b.to2DArray() as unknown as Matrix }],
    ['atol', { atol: -1 }],
    ['rtol', { rtol: 0 }],
    ['tEnd', { tEnd: -1 }],
    ['sampleTimes', { sampleTimes: [2] }],
  ])('names the bad field %s', (parameter, bad) => {
    const call = (): unknown => integrateFlow({ ...base, ...bad });
    expect(call).toThrow(InputError);
    expect(call).toThrow(new RegExp(`^${parameter}(\\[|:)`));
  });

  it('names a non-finite entry by its position', () => {
    const yBad = y.clone().set(1, 1, NaN);
    expect(() => integrateFlow({ ...base, Y: yBad })).toThrow(/^Y\[1\]\[1\]: must be finite \(got NaN\)$/);
    const zBad = seededMatrix(3, 1, 'z').set(2, 0, Infinity);
    expect(() => integrateFlow({ ...base, Z0: zBad })).toThrow(
      /^Z0\[2\]\[0\]: must be finite \(got Infinity\)$/,
    );
  });

  it('says what is wrong with a shape in one line, with both shapes', () => {
    expect(() => integrateFlow({ ...base, B: seededMatrix(2, 1, 'b') })).toThrow(
      /^B: is 2 x 1, not 3 x 1 \(n x r\)$/,
    );
    expect(() => integrateFlow({ ...base, W0: seededMatrix(1, 3, 'w') })).toThrow(
      /^W0: is 1 x 3, not 1 x 2 \(r x m\)$/,
    );
  });
});

describe('integrateFlow: FA in its feedback subspaces is the full flow, on full-rank targets', () => {
  /** Rank 3 plus Gaussian noise: full rank, `||Y||_F` about 1. */
  const noisyTarget = (n: number, m: number, seed: string): Matrix =>
    seededLowRank(n, m, 3, `${seed}/L`).add(seededMatrix(n, m, `${seed}/G`, 0.1 / Math.sqrt(n * m)));
  const rel = (a: Matrix, b: Matrix): number => distance(a, b) / b.norm('frobenius');
  const times = [1, 5, 20];
  // The flows are the same ODE, but each integration takes its own adaptive steps (the error control
  // sees different entries), so they agree to the integration's accuracy, not to rounding: at
  // rtol = 1e-10 within 2e-10 relative here; 100 rtol leaves a margin.
  const FLOW_AGREEMENT = 1e-8;

  for (const { n, m, r, init, name, d1, d2, pays } of feedbackReductionCases()) {
    it(`${name}: ${pays ? `in a ${d1} x ${d2} subspace, ` : 'not reduced (it would not halve), '}samples agree`, () => {
      const y = noisyTarget(n, m, `flow/fb/${name}`);
      const b = seededMatrix(n, r, `flow/fb/${name}/B`, 1 / Math.sqrt(n));
      const start =
        init === 'zero'
          ? {}
          : {
              Z0: seededMatrix(n, r, `flow/fb/${name}/Z0`, 1e-3),
              W0: seededMatrix(r, m, `flow/fb/${name}/W0`, 1e-3),
            };
      const o = {
        Y: y,
        B: b,
        rule: fa,
        r,
        tEnd: 20,
        rtol: 1e-10,
        sampleTimes: times,
        ...start,
      };
      const full = integrateFlow({ ...o, reduce: false });
      const reduced = integrateFlow(o);
      expect(full.subspace).toBeUndefined();
      expect(reduced.subspace).toEqual(pays ? { rows: d1, cols: d2, kind: 'feedback' } : undefined);
      expect([reduced.reason, full.reason]).toEqual(['done', 'done']);
      expect(reduced.samples.map((s) => s.t)).toEqual(times);
      for (let i = 0; i < times.length; i++) {
        const [f, g] = [full.samples[i], reduced.samples[i]];
        expect([g.Z.rows, g.Z.columns, g.W.rows, g.W.columns]).toEqual([n, r, r, m]);
        expect(rel(g.Z, f.Z), `${name} Z at t = ${times[i]}`).toBeLessThanOrEqual(FLOW_AGREEMENT);
        expect(rel(g.W, f.W), `${name} W at t = ${times[i]}`).toBeLessThanOrEqual(FLOW_AGREEMENT);
      }
      expect(Math.abs(reduced.loss - full.loss) / full.loss).toBeLessThanOrEqual(FLOW_AGREEMENT);
      // The flow moved: the loss fell well below ||Y||^2 by t = 20.
      expect(full.loss).toBeLessThanOrEqual(0.8 * y.norm('frobenius') ** 2);
    });
  }

  it('is not used for the GD flow (its backward Z^T Y reaches all of row Y)', () => {
    const y = noisyTarget(40, 30, 'flow/fb/gd');
    const start = randomFactors(40, 30, 2, 0.01, 'flow/fb/gd/init');
    const out = integrateFlow({
      Y: y,
      r: 2,
      rule: gd,
      Z0: toMatrix(start.z0),
      W0: toMatrix(start.w0),
      tEnd: 1,
    });
    expect(out.reason).toBe('done');
    expect(out.subspace).toBeUndefined();
  });
});
