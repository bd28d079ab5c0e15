import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense, toMatrix, type Dense } from '../../src/linalg/Dense.js';
import { feedbackInSingularBasis } from '../../src/solve/feedbackInSingularBasis.js';
import { reduceForFeedback } from '../../src/solve/reduceForFeedback.js';
import { stepForm } from '../../src/solve/stepForm.js';
import { maxAbs, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

const relDiff = (a: Matrix, b: Matrix): number => a.clone().sub(b).norm('frobenius') / b.norm('frobenius');

describe('feedbackInSingularBasis: the feedback reduction in the singular bases of its own target', () => {
  // A full-rank 40 x 30 target, r = 5, from a small random start: C x R is 15 x 10, Gram form.
  const n = 40;
  const m = 30;
  const r = 5;
  const y = seededLowRank(n, m, 3, 'fisb/L').add(seededMatrix(n, m, 'fisb/G', 0.1 / Math.sqrt(n * m)));
  const b = seededMatrix(n, r, 'fisb/B', 1 / Math.sqrt(n));
  const z0 = seededMatrix(n, r, 'fisb/Z0', 1e-3);
  const w0 = seededMatrix(r, m, 'fisb/W0', 1e-3);
  const red = reduceForFeedback(toDense(y), r, toDense(z0).data, toDense(w0).data, toDense(b));
  const rotated = feedbackInSingularBasis(red, r);

  it('is taken where the reduced run steps in Gram form, and keeps its sides', () => {
    expect([red.y.rows, red.y.cols]).toEqual([15, 10]);
    expect(stepForm(15, 10, r, true, true)).toBe('gram');
    expect([rotated.qz.rows, rotated.qz.columns, rotated.qw.rows, rotated.qw.columns]).toEqual([
      n,
      15,
      m,
      10,
    ]);
  });

  it('has a diagonal target, the singular values of the reduced one, largest first', () => {
    const expected = toMatrix(red.y).transpose().mmul(toMatrix(red.y)); // its eigenvalues are s_i^2
    const trace = expected.trace();
    const s = Array.from(rotated.diagonal);
    expect(s).toHaveLength(10);
    expect(Math.abs(s.reduce((acc, v) => acc + v * v, 0) - trace)).toBeLessThanOrEqual(1e-14 * trace);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
    const yr = toMatrix(rotated.y);
    for (let i = 0; i < yr.rows; i++)
      for (let j = 0; j < yr.columns; j++) expect(yr.get(i, j)).toBe(i === j && i < s.length ? s[i] : 0);
  });

  it('composes the bases (orthonormal) and writes target, start and feedback in them', () => {
    expect(orthonormalityError(rotated.qz)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(rotated.qw)).toBeLessThanOrEqual(1e-14);
    const qz = rotated.qz;
    const qw = rotated.qw;
    expect(relDiff(toMatrix(rotated.y), qz.transpose().mmul(y).mmul(qw))).toBeLessThanOrEqual(1e-13);
    expect(relDiff(toMatrix(rotated.b as Dense), qz.transpose().mmul(b))).toBeLessThanOrEqual(1e-14);
    expect(relDiff(toMatrix(rotated.z0), qz.transpose().mmul(z0))).toBeLessThanOrEqual(1e-13);
    expect(relDiff(toMatrix(rotated.w0), w0.mmul(qw))).toBeLessThanOrEqual(1e-13);
    // The start still lies in the bases: Z0 = Q_z z0, W0 = w0 Q_w^T.
    expect(relDiff(qz.mmul(toMatrix(rotated.z0)), z0)).toBeLessThanOrEqual(1e-13);
    expect(relDiff(toMatrix(rotated.w0).mmul(qw.transpose()), w0)).toBeLessThanOrEqual(1e-13);
  });

  it("adds to the offset what the diagonal misses, so the offset is still Y's energy outside", () => {
    const outside = y.clone().sub(rotated.qz.mmul(toMatrix(rotated.y)).mmul(rotated.qw.transpose()));
    const energy = outside.norm('frobenius') ** 2;
    expect(Math.abs(rotated.lossOffset - energy)).toBeLessThanOrEqual(1e-13 * y.norm('frobenius') ** 2);
    expect(rotated.lossOffset).toBeGreaterThanOrEqual(red.lossOffset);
  });

  it('adds the energy of a dropped direction of the reduced target (below its rank tolerance)', () => {
    // A reduction with no offset of its own whose 3 x 3 target has a singular value of 1e-17, below
    // 3 eps s_1: the rotation drops it, and its energy (about 1e-34) is the whole offset.
    const y = { rows: 3, cols: 3, data: Float64Array.from([1, 0, 0, 0, 0.5, 0, 0, 0, 1e-17]) };
    const synthetic = {
      qz: Matrix.eye(3, 3),
      qw: Matrix.eye(3, 3),
      y,
      z0: { rows: 3, cols: 1, data: new Float64Array(3) },
      w0: { rows: 1, cols: 3, data: new Float64Array(3) },
      b: { rows: 3, cols: 1, data: Float64Array.from([0.3, -0.2, 0.1]) },
      lossOffset: 0,
    };
    const dropped = feedbackInSingularBasis(synthetic, 1);
    expect(Array.from(dropped.diagonal)).toEqual([1, 0.5]);
    expect(dropped.lossOffset).toBeGreaterThan(0.5e-34);
    expect(dropped.lossOffset).toBeLessThanOrEqual(2e-34);
  });
});
