import { Matrix, inverse } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { invariantResidual } from '../../src/theory/invariantResidual.js';
import { seededMatrix } from '../_support/seededMatrix.js';

describe('invariantResidual R = ||B^T Z + Z^T B - W W^T|| / ||W W^T||', () => {
  it('is 0 on a hand-built case and 3 after changing W', () => {
    const b = new Matrix([[1], [0]]);
    const z = new Matrix([[2], [5]]); // B^T Z + Z^T B = 4
    expect(invariantResidual(b, z, new Matrix([[2, 0]]))).toBe(0); // W W^T = 4
    expect(invariantResidual(b, z, new Matrix([[1, 0]]))).toBe(3); // |4 - 1| / 1
  });

  it.each([
    [5, 4, 2],
    [3, 6, 3],
    [4, 4, 1],
  ])('is 0 for Z = B (B^T B)^{-1} W W^T / 2 (n=%i, m=%i, r=%i), nonzero after a perturbation', (n, m, r) => {
    const seed = `invariant/${n}x${m}x${r}`;
    const b = seededMatrix(n, r, `${seed}/B`);
    const w = seededMatrix(r, m, `${seed}/W`);
    const wwt = w.mmul(w.transpose());
    // B^T Z = W W^T / 2, symmetric, so B^T Z + Z^T B = W W^T.
    const z = b
      .mmul(inverse(b.transpose().mmul(b)))
      .mmul(wwt)
      .mul(0.5);
    expect(invariantResidual(b, z, w), seed).toBeLessThanOrEqual(1e-12);
    const perturbed = z.clone().add(seededMatrix(n, r, `${seed}/dZ`, 0.1));
    expect(invariantResidual(b, perturbed, w), seed).toBeGreaterThan(1e-3);
  });

  it('is 0 (not NaN) for all-zero factors and finite when only W is zero', () => {
    const b = new Matrix([[1], [2]]);
    expect(invariantResidual(b, Matrix.zeros(2, 1), Matrix.zeros(1, 3))).toBe(0);
    const r = invariantResidual(b, new Matrix([[1], [0]]), Matrix.zeros(1, 3));
    expect(r).toBeGreaterThan(0);
    expect(Number.isFinite(r)).toBe(true);
  });
});

describe('invariantResidual: the denominator', () => {
  it('divides by ||W W^T||_F: B = Z = 1, W = 2 gives |1 + 1 - 4| / 4 = 0.5', () => {
    const r = invariantResidual(new Matrix([[1]]), new Matrix([[1]]), new Matrix([[2]]));
    expect(Math.abs(r - 0.5)).toBeLessThanOrEqual(1e-15);
  });
});
