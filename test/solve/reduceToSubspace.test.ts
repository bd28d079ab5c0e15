import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense, toMatrix, type Dense } from '../../src/linalg/Dense.js';
import { reduceToSubspace, type SubspaceReduction } from '../../src/solve/reduceToSubspace.js';
import { maxAbs, seededLowRank, seededMatrix, seededOrthonormal } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

const maxDiff = (a: Matrix, b: Matrix): number => maxAbs(a.clone().sub(b).to1DArray());

/** {@link reduceToSubspace} with no bound on the rank, so never null. */
function reduce(y: Dense, r: number, z0: Float64Array, w0: Float64Array, b: Dense | null): SubspaceReduction {
  const out = reduceToSubspace(y, r, z0, w0, b, Infinity);
  expect(out).not.toBeNull();
  return out as SubspaceReduction;
}

describe('reduceToSubspace', () => {
  it('from zero, a rank-3 12 x 10 target reduces to 3 x 3 that rebuilds Y, with B projected', () => {
    const y = seededLowRank(12, 10, 3, 'reduce/zero/Y');
    const b = seededMatrix(12, 2, 'reduce/zero/B');
    const red = reduce(toDense(y), 2, new Float64Array(24), new Float64Array(20), toDense(b));
    expect([red.qz.rows, red.qz.columns, red.qw.rows, red.qw.columns]).toEqual([12, 3, 10, 3]);
    expect(orthonormalityError(red.qz)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(red.qw)).toBeLessThanOrEqual(1e-14);
    const rebuilt = red.qz.mmul(toMatrix(red.y)).mmul(red.qw.transpose());
    expect(maxDiff(rebuilt, y)).toBeLessThanOrEqual(1e-15);
    expect(red.lossOffset).toBeGreaterThanOrEqual(0);
    expect(red.lossOffset).toBeLessThanOrEqual(1e-29);
    expect(maxDiff(toMatrix(red.b as Dense), red.qz.transpose().mmul(b))).toBe(0);
    expect(maxAbs(red.z0.data)).toBe(0);
    expect(maxAbs(red.w0.data)).toBe(0);
  });

  it('with random starts, the span grows by r on each side and rebuilds Z0 and W0', () => {
    const y = seededLowRank(12, 10, 3, 'reduce/random/Y');
    const z0 = seededMatrix(12, 2, 'reduce/random/Z0', 0.1);
    const w0 = seededMatrix(2, 10, 'reduce/random/W0', 0.1);
    const red = reduce(toDense(y), 2, toDense(z0).data, toDense(w0).data, null);
    expect([red.qz.columns, red.qw.columns]).toEqual([5, 5]);
    expect(red.b).toBeNull();
    expect(maxDiff(red.qz.mmul(toMatrix(red.z0)), z0)).toBeLessThanOrEqual(1e-15);
    expect(maxDiff(toMatrix(red.w0).mmul(red.qw.transpose()), w0)).toBeLessThanOrEqual(1e-15);
  });

  it('a full-rank target keeps every direction (d = n = m); a zero target from zero keeps none', () => {
    const full = reduce(
      toDense(seededMatrix(4, 4, 'reduce/full')),
      2,
      new Float64Array(8),
      new Float64Array(8),
      null,
    );
    expect([full.qz.columns, full.qw.columns]).toEqual([4, 4]);
    const zero = reduce(toDense(new Matrix(3, 5)), 1, new Float64Array(3), new Float64Array(5), null);
    expect([zero.qz.columns, zero.qw.columns]).toEqual([0, 0]);
    expect(zero.lossOffset).toBe(0);
  });

  it('gives up (null) as soon as the rank of Y passes maxRank', () => {
    const y = toDense(seededLowRank(8, 8, 3, 'reduce/max/Y'));
    expect(reduceToSubspace(y, 1, new Float64Array(8), new Float64Array(8), null, 2)).toBeNull();
    expect(reduceToSubspace(y, 1, new Float64Array(8), new Float64Array(8), null, 3)?.qz.columns).toBe(3);
  });

  it('drops a singular direction below the rank tolerance and counts its energy in lossOffset', () => {
    const u = seededOrthonormal(6, 3, 'reduce/tiny/U');
    const v = seededOrthonormal(5, 3, 'reduce/tiny/V');
    const s = [1, 0.5, 1e-17]; // the last is below max(6, 5) eps ||Y||_F = 1.5e-15
    const y = u.mmul(Matrix.diag(s)).mmul(v.transpose());
    const red = reduce(toDense(y), 2, new Float64Array(12), new Float64Array(10), null);
    expect([red.qz.columns, red.qw.columns]).toEqual([2, 2]);
    // The dropped energy is 1e-34 up to the rounding of forming Y (entries ~1e-16 absolute).
    expect(red.lossOffset).toBeLessThanOrEqual(1e-30);
    const rebuilt = red.qz.mmul(toMatrix(red.y)).mmul(red.qw.transpose());
    expect(Math.abs(y.clone().sub(rebuilt).norm('frobenius') ** 2 - red.lossOffset)).toBeLessThanOrEqual(
      1e-32,
    );
  });
});
