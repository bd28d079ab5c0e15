import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense, toMatrix, type Dense } from '../../src/linalg/Dense.js';
import { safeFaStepSize } from '../../src/theory/safeFaStepSize.js';
import type { LearningRule } from '../../src/rules/LearningRule.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { reduceForFeedback } from '../../src/solve/reduceForFeedback.js';
import { solveDense, type SolveResult } from '../../src/solve/solveDense.js';
import { singularValues } from '../../src/theory/singularValues.js';
import { maxAbs, maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';
import { feedbackReductionCases } from '../_support/feedbackReductionCases.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

const relDiff = (a: Matrix, b: Matrix): number => a.clone().sub(b).norm('frobenius') / b.norm('frobenius');

/** A full-rank target: rank 3 plus Gaussian noise, `||Y||_F` about 1. */
function noisyTarget(n: number, m: number, seed: string): Matrix {
  return seededLowRank(n, m, 3, `${seed}/L`).add(seededMatrix(n, m, `${seed}/G`, 0.1 / Math.sqrt(n * m)));
}

describe('reduceForFeedback on the WebAssembly kernels: its arena holds every shape', () => {
  // The arena's capacity is counted in advance from n, m, r: shapes where r exceeds a side, or a side
  // is 1 or 2, are where a count goes wrong (thorough found 2 x 128, r = 1 and 49 x 4, r = 27).
  const shapes: ReadonlyArray<readonly [number, number, number]> = [
    [1, 1, 1],
    [2, 128, 1],
    [128, 2, 1],
    [49, 4, 27],
    [4, 49, 27],
    [3, 50, 40],
    [60, 2, 5],
    [7, 9, 3],
    [33, 17, 16],
  ];
  for (const [n, m, r] of shapes) {
    for (const init of ['zero', 'random'] as const) {
      it(`${n} x ${m}, r = ${r}, from ${init}: reduces, and the offset is the energy outside`, () => {
        const seed = `fb/arena/${n}x${m}/${r}/${init}`;
        const y = seededMatrix(n, m, `${seed}/Y`);
        const b = seededMatrix(n, r, `${seed}/B`);
        const z0 =
          init === 'zero' ? new Float64Array(n * r) : toDense(seededMatrix(n, r, `${seed}/Z0`, 1e-3)).data;
        const w0 =
          init === 'zero' ? new Float64Array(r * m) : toDense(seededMatrix(r, m, `${seed}/W0`, 1e-3)).data;
        const red = reduceForFeedback(toDense(y), r, z0, w0, toDense(b), 'wasm');
        expect(red.qz.columns).toBeLessThanOrEqual(Math.min(n, Math.min(m, 2 * r) + r));
        expect(red.qw.columns).toBeLessThanOrEqual(Math.min(m, 2 * r));
        const outside = y.clone().sub(red.qz.mmul(toMatrix(red.y)).mmul(red.qw.transpose()));
        const yy = y.norm('frobenius') ** 2;
        expect(Math.abs(red.lossOffset - outside.norm('frobenius') ** 2)).toBeLessThanOrEqual(1e-12 * yy);
      });
    }
  }
});

describe('reduceForFeedback', () => {
  it('from zero, a full-rank 40 x 30 target reduces to r x r, and what it drops is orthogonal to it', () => {
    const y = noisyTarget(40, 30, 'fb/zero');
    const b = seededMatrix(40, 5, 'fb/zero/B', 1 / Math.sqrt(40));
    const red = reduceForFeedback(toDense(y), 5, new Float64Array(200), new Float64Array(150), toDense(b));
    expect([red.qz.rows, red.qz.columns, red.qw.rows, red.qw.columns]).toEqual([40, 5, 30, 5]);
    expect(orthonormalityError(red.qz)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(red.qw)).toBeLessThanOrEqual(1e-14);
    // The rows of B^T Y lie in R = span V_R; the columns of Y V_R lie in C = span Q_C.
    const bty = b.transpose().mmul(y);
    expect(relDiff(bty.mmul(red.qw).mmul(red.qw.transpose()), bty)).toBeLessThanOrEqual(1e-14);
    const yv = y.mmul(red.qw);
    expect(relDiff(red.qz.mmul(red.qz.transpose()).mmul(yv), yv)).toBeLessThanOrEqual(1e-14);
    // y = Q_C^T Y V_R, b = Q_C^T B, and the offset is the energy of Y outside C x R (most of it here).
    expect(relDiff(toMatrix(red.y), red.qz.transpose().mmul(y).mmul(red.qw))).toBeLessThanOrEqual(1e-14);
    expect(relDiff(toMatrix(red.b as Dense), red.qz.transpose().mmul(b))).toBeLessThanOrEqual(1e-15);
    const outside = y.clone().sub(red.qz.mmul(toMatrix(red.y)).mmul(red.qw.transpose()));
    expect(Math.abs(red.lossOffset - outside.norm('frobenius') ** 2)).toBeLessThanOrEqual(1e-14);
    const yNormSq = y.norm('frobenius') ** 2;
    const yRedSq = toMatrix(red.y).norm('frobenius') ** 2;
    expect(Math.abs(red.lossOffset + yRedSq - yNormSq)).toBeLessThanOrEqual(1e-14 * yNormSq);
    // Y is full rank and C x R only 5 x 5: real energy is left out, not just rounding.
    expect(red.lossOffset).toBeGreaterThanOrEqual(1e-3 * yNormSq);
    expect(maxAbs(red.z0.data)).toBe(0);
    expect(maxAbs(red.w0.data)).toBe(0);
  });

  it('from a random start, R grows to 2r and C to 3r, and they rebuild Z0 and W0', () => {
    const y = noisyTarget(40, 30, 'fb/random');
    const r = 4;
    const b = seededMatrix(40, r, 'fb/random/B', 1 / Math.sqrt(40));
    const z0 = seededMatrix(40, r, 'fb/random/Z0', 0.01);
    const w0 = seededMatrix(r, 30, 'fb/random/W0', 0.01);
    const red = reduceForFeedback(toDense(y), r, toDense(z0).data, toDense(w0).data, toDense(b));
    expect([red.qz.columns, red.qw.columns]).toEqual([3 * r, 2 * r]);
    expect(orthonormalityError(red.qz)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(red.qw)).toBeLessThanOrEqual(1e-14);
    expect(relDiff(red.qz.mmul(toMatrix(red.z0)), z0)).toBeLessThanOrEqual(1e-14);
    expect(relDiff(toMatrix(red.w0).mmul(red.qw.transpose()), w0)).toBeLessThanOrEqual(1e-14);
  });

  it('never exceeds the sides: a wide 6 x 40 target with r = 4 and a start has d1 = 6, d2 = 8', () => {
    const y = noisyTarget(6, 40, 'fb/wide');
    const r = 4;
    const red = reduceForFeedback(
      toDense(y),
      r,
      toDense(seededMatrix(6, r, 'fb/wide/Z0', 0.01)).data,
      toDense(seededMatrix(r, 40, 'fb/wide/W0', 0.01)).data,
      toDense(seededMatrix(6, r, 'fb/wide/B', 0.4)),
    );
    expect([red.qz.columns, red.qw.columns]).toEqual([6, 8]);
    expect(orthonormalityError(red.qz)).toBeLessThanOrEqual(1e-14);
    // C is all of R^6: the offset is the energy of Y outside R, ||Y (I - V_R V_R^T)||_F^2.
    const outside = y.clone().sub(y.mmul(red.qw).mmul(red.qw.transpose()));
    expect(Math.abs(red.lossOffset - outside.norm('frobenius') ** 2)).toBeLessThanOrEqual(1e-14);
  });

  it('a feedback orthogonal to Y from zero gives an empty reduction (W never moves)', () => {
    // Y's columns in the first 2 coordinates, B in the last 2: B^T Y = 0.
    const y = new Matrix([
      [1, 0.5, 0],
      [0.2, 1, 0.3],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const b = new Matrix([
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    const red = reduceForFeedback(toDense(y), 2, new Float64Array(8), new Float64Array(6), toDense(b));
    expect([red.qz.columns, red.qw.columns]).toEqual([0, 0]);
    expect(Math.abs(red.lossOffset - y.norm('frobenius') ** 2)).toBeLessThanOrEqual(1e-15);
  });
});

describe('solveDense with the feedback reduction is the full FA run, on full-rank targets', () => {
  const run = (
    y: Matrix,
    b: Matrix,
    z0: Matrix | null,
    w0: Matrix | null,
    reduce: boolean | 'always',
    rule: LearningRule = fa,
  ): SolveResult =>
    solveDense({
      y: toDense(y),
      r: b.columns,
      rule,
      eta: safeFaStepSize(singularValues(y)[0], b),
      b: toDense(b),
      z0: z0 === null ? null : toDense(z0),
      w0: w0 === null ? null : toDense(w0),
      stopping: { kind: 'steps', steps: 3000 },
      divergenceFactor: 1e6,
      traceEvery: 100,
      reduce,
      kernels: 'js', // the test rules' buffers live outside a WebAssembly memory
    });

  for (const { n, m, r, init, name, d1, d2, pays } of feedbackReductionCases()) {
    it(`${name}: Z, W, loss and trace to 1e-10 relative, in a ${d1} x ${d2} subspace`, () => {
      const y = noisyTarget(n, m, `fb/run/${name}`);
      const b = seededMatrix(n, r, `fb/run/${name}/B`, 1 / Math.sqrt(n));
      const z0 = init === 'zero' ? null : seededMatrix(n, r, `fb/run/${name}/Z0`, 1e-3);
      const w0 = init === 'zero' ? null : seededMatrix(r, m, `fb/run/${name}/W0`, 1e-3);
      const full = run(y, b, z0, w0, false);
      const reduced = run(y, b, z0, w0, 'always');
      expect(full.subspace).toBeUndefined();
      expect(reduced.subspace).toEqual({ rows: d1, cols: d2, kind: 'feedback' });
      // When it pays (at least halves n x m) it is taken by default too.
      expect(run(y, b, z0, w0, true).subspace?.kind).toBe(pays ? 'feedback' : undefined);
      const yNormSq = y.norm('frobenius') ** 2;
      // The run went somewhere: the loss fell well below ||Y||^2 (toward L*(1) ~ 0.6 ||Y||^2 at r = 1).
      expect(full.loss).toBeLessThanOrEqual(0.8 * yNormSq);
      expect([reduced.reason, reduced.steps]).toEqual(['steps', 3000]);
      expect(relDiff(reduced.Z, full.Z)).toBeLessThanOrEqual(1e-10);
      expect(relDiff(reduced.W, full.W)).toBeLessThanOrEqual(1e-10);
      expect(Math.abs(reduced.loss - full.loss) / full.loss).toBeLessThanOrEqual(1e-10);
      const [ft, rt] = [full.trace, reduced.trace];
      expect(ft).toBeDefined();
      expect(rt).toBeDefined();
      if (ft === undefined || rt === undefined) return;
      expect(Array.from(rt.step)).toEqual(Array.from(ft.step));
      expect(maxAbsDiff(rt.loss, ft.loss) / yNormSq).toBeLessThanOrEqual(1e-10);
      // The alignment uses the full ||B||_F (Q_C^T B is shorter): it is the same cosine.
      expect(maxAbsDiff(rt.alignment, ft.alignment)).toBeLessThanOrEqual(1e-10);
      expect(ft.alignment[ft.alignment.length - 1]).toBeGreaterThan(0);
    });
  }

  it('is not used for GD (its backward Z^T Y reaches all of row Y): the range reduction is', () => {
    const y = seededLowRank(40, 30, 3, 'fb/gd/Y');
    const z0 = seededMatrix(40, 2, 'fb/gd/Z0', 0.01);
    const w0 = seededMatrix(2, 30, 'fb/gd/W0', 0.01);
    const res = solveDense({
      y: toDense(y),
      r: 2,
      rule: gd,
      eta: 0.2,
      b: null,
      z0: toDense(z0),
      w0: toDense(w0),
      stopping: { kind: 'steps', steps: 100 },
      divergenceFactor: 1e6,
      traceEvery: 0,
      reduce: true,
    });
    expect(res.subspace).toEqual({ rows: 5, cols: 5, kind: 'range' });
  });

  it('is not used for a rule with feedback whose backward matrix is not constant, nor for one that is not B', () => {
    // M = B + Z: needs B, changes with Z; M = 2 B: constant, but not B itself. Each keeps a buffer
    // of the size of the run it is called on (the full one or the range-reduced one).
    let mixed = new Float64Array(0);
    const plusZ: LearningRule = {
      ...fa,
      name: 'b-plus-z',
      backwardIsConstant: false,
      backward: (z, b) => {
        if (mixed.length !== z.length) mixed = new Float64Array(z.length);
        for (let i = 0; i < z.length; i++) mixed[i] = (b as Float64Array)[i] + z[i];
        return mixed;
      },
    };
    let doubled = new Float64Array(0);
    const twoB: LearningRule = {
      ...fa,
      name: 'two-b',
      backward: (z, b) => {
        if (doubled.length !== z.length) doubled = new Float64Array(z.length);
        for (let i = 0; i < z.length; i++) doubled[i] = 2 * (b as Float64Array)[i];
        return doubled;
      },
    };
    const y = seededLowRank(40, 30, 3, 'fb/other/Y');
    const b = seededMatrix(40, 3, 'fb/other/B', 1 / Math.sqrt(40));
    for (const rule of [plusZ, twoB]) {
      const reduced = run(y, b, null, null, 'always', rule);
      expect(reduced.subspace?.kind, rule.name).toBe('range');
      const full = run(y, b, null, null, false, rule);
      expect(relDiff(reduced.Z.mmul(reduced.W), full.Z.mmul(full.W)), rule.name).toBeLessThanOrEqual(1e-10);
    }
    // The real FA on the same case does take it.
    expect(run(y, b, null, null, 'always').subspace).toEqual({ rows: 3, cols: 3, kind: 'feedback' });
  });
});
