import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { singularValues } from '../../src/theory/singularValues.js';
import { maxAbsDiff, seededOrthonormal } from '../_support/seededMatrix.js';

describe('singularValues', () => {
  it('returns the singular values largest first', () => {
    expect(maxAbsDiff(singularValues(Matrix.diag([1, 3, 2])), [3, 2, 1])).toBeLessThanOrEqual(1e-15);
  });

  it('recovers a planted spectrum from U diag(s) V^T, tall and wide', () => {
    const s = [4, 1, 0.25];
    const y = seededOrthonormal(6, 3, 'sv/U')
      .mmul(Matrix.diag(s))
      .mmul(seededOrthonormal(5, 3, 'sv/V').transpose());
    const planted = [...s, 0, 0]; // a 6 x 5 matrix has min(6, 5) = 5 singular values
    expect(maxAbsDiff(singularValues(y), planted)).toBeLessThanOrEqual(1e-12);
    expect(maxAbsDiff(singularValues(y.transpose()), planted)).toBeLessThanOrEqual(1e-12);
  });

  it('is empty for an empty matrix', () => {
    expect(singularValues(new Matrix(0, 0))).toEqual([]);
  });
});
