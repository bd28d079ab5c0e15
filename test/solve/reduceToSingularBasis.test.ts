import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense, toMatrix } from '../../src/linalg/Dense.js';
import { gd } from '../../src/rules/gd.js';
import { reduceToSingularBasis } from '../../src/solve/reduceToSingularBasis.js';
import { solveDense, type SolveResult } from '../../src/solve/solveDense.js';
import { maxAbs, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

const relDiff = (a: Matrix, b: Matrix): number => a.clone().sub(b).norm('frobenius') / b.norm('frobenius');

/** A full-rank target: rank 3 plus Gaussian noise, `||Y||_F` about 1. */
function noisyTarget(n: number, m: number, seed: string): Matrix {
  return seededLowRank(n, m, 3, `${seed}/L`).add(seededMatrix(n, m, `${seed}/G`, 0.1 / Math.sqrt(n * m)));
}

describe('reduceToSingularBasis', () => {
  it('writes a full-rank target as its diagonal of singular values, in bases that hold the start', () => {
    const [n, m, r] = [40, 30, 4];
    const y = noisyTarget(n, m, 'sb/basis');
    const z0 = seededMatrix(n, r, 'sb/basis/Z0', 0.01);
    const w0 = seededMatrix(r, m, 'sb/basis/W0', 0.01);
    const red = reduceToSingularBasis(toDense(y), r, toDense(z0).data, toDense(w0).data, null);
    // Full rank: k = 30 singular values; the rows of W0 are already in R^30, Z0 adds r columns.
    expect(red.diagonal.length).toBe(30);
    expect([red.qz.columns, red.qw.columns]).toEqual([34, 30]);
    expect(orthonormalityError(red.qz)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(red.qw)).toBeLessThanOrEqual(1e-14);
    // Q_Z^T Y Q_W is the stored diagonal target, to the SVD's rounding; nothing of Y is left out.
    const rotated = red.qz.transpose().mmul(y).mmul(red.qw);
    expect(relDiff(toMatrix(red.y), rotated)).toBeLessThanOrEqual(1e-14);
    for (let i = 1; i < red.diagonal.length; i++)
      expect(red.diagonal[i]).toBeLessThanOrEqual(red.diagonal[i - 1]);
    expect(red.lossOffset).toBeLessThanOrEqual(1e-28);
    // The start is rebuilt from the reduced one.
    expect(relDiff(red.qz.mmul(toMatrix(red.z0)), z0)).toBeLessThanOrEqual(1e-14);
    expect(relDiff(toMatrix(red.w0).mmul(red.qw.transpose()), w0)).toBeLessThanOrEqual(1e-14);
  });

  it('keeps only the singular values above the rank tolerance of a low-rank target', () => {
    const y = seededLowRank(12, 9, 3, 'sb/low');
    const red = reduceToSingularBasis(toDense(y), 2, new Float64Array(24), new Float64Array(18), null);
    expect(red.diagonal.length).toBe(3);
    expect([red.qz.columns, red.qw.columns]).toEqual([3, 3]);
    expect(red.lossOffset).toBeLessThanOrEqual(1e-28);
  });
});

describe('solveDense takes the singular bases for long GD runs on full-rank targets', () => {
  const run = (y: Matrix, z0: Matrix, w0: Matrix, reduce: boolean, steps: number): SolveResult =>
    solveDense({
      y: toDense(y),
      r: z0.columns,
      rule: gd,
      eta: 0.25,
      b: null,
      z0: toDense(z0),
      w0: toDense(w0),
      stopping: { kind: 'steps', steps },
      divergenceFactor: 1e6,
      traceEvery: 50,
      reduce,
    });

  it.each([
    [80, 64, 8],
    [64, 80, 8],
  ])('%i x %i, r = %i, 1000 steps from a small random start: the same run to rounding', (n, m, r) => {
    const y = noisyTarget(n, m, `sb/run/${n}x${m}`);
    const z0 = seededMatrix(n, r, `sb/run/${n}x${m}/Z0`, 1e-2);
    const w0 = seededMatrix(r, m, `sb/run/${n}x${m}/W0`, 1e-2);
    const full = run(y, z0, w0, false, 1000);
    const reduced = run(y, z0, w0, true, 1000);
    expect(full.subspace).toBeUndefined();
    expect(reduced.subspace).toEqual({
      rows: Math.min(n, 64 + r),
      cols: Math.min(m, 64 + r),
      kind: 'singular',
    });
    expect(reduced.steps).toBe(1000);
    expect(relDiff(reduced.Z, full.Z)).toBeLessThanOrEqual(1e-11);
    expect(relDiff(reduced.W, full.W)).toBeLessThanOrEqual(1e-11);
    expect(Math.abs(reduced.loss - full.loss)).toBeLessThanOrEqual(1e-12 * y.norm('frobenius') ** 2);
    const ft = full.trace;
    const rt = reduced.trace;
    expect(rt?.loss.length).toBe(ft?.loss.length);
    let worst = 0;
    ft?.loss.forEach((l, i) => (worst = Math.max(worst, Math.abs(l - (rt?.loss[i] ?? Number.NaN)))));
    expect(worst).toBeLessThanOrEqual(1e-12 * y.norm('frobenius') ** 2);
    // GD does learn here: the run is no fixed point that any reduction would trivially match.
    expect(full.loss).toBeLessThanOrEqual(0.5 * y.norm('frobenius') ** 2);
  });

  it('stays on the full matrices for a run too short to repay the SVD', () => {
    const y = noisyTarget(80, 64, 'sb/short');
    const z0 = seededMatrix(80, 8, 'sb/short/Z0', 1e-2);
    const w0 = seededMatrix(8, 64, 'sb/short/W0', 1e-2);
    expect(run(y, z0, w0, true, 100).subspace).toBeUndefined();
  });
});
