import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { alignment } from '../../src/theory/alignment.js';
import { seededMatrix } from '../_support/seededMatrix.js';

describe('alignment a(Z, B) = <Z, B> / (||Z|| ||B||)', () => {
  const b = seededMatrix(4, 2, 'alignment/B');

  it('is 1 for Z = B and -1 for Z = -2 B', () => {
    expect(Math.abs(alignment(b.clone(), b) - 1)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(alignment(b.clone().mul(-2), b) + 1)).toBeLessThanOrEqual(1e-15);
  });

  it('is 0 (not NaN) when Z = 0 or B = 0', () => {
    expect(alignment(Matrix.zeros(4, 2), b)).toBe(0);
    expect(alignment(b, Matrix.zeros(4, 2))).toBe(0);
  });

  it('is 0 for orthogonal matrices', () => {
    expect(alignment(new Matrix([[1], [0]]), new Matrix([[0], [3]]))).toBe(0);
  });

  it('matches hand-computed values', () => {
    expect(
      Math.abs(alignment(new Matrix([[1], [0]]), new Matrix([[1], [1]])) - Math.SQRT1_2),
    ).toBeLessThanOrEqual(1e-15);
    // <[[1,2],[3,4]], I> = 5, norms sqrt(30) and sqrt(2)
    const z = new Matrix([
      [1, 2],
      [3, 4],
    ]);
    const expected = 5 / (Math.sqrt(30) * Math.sqrt(2));
    expect(Math.abs(alignment(z, Matrix.eye(2)) - expected)).toBeLessThanOrEqual(1e-15);
  });

  it('is invariant to positive scaling and lies in [-1, 1]', () => {
    const z = seededMatrix(4, 2, 'alignment/Z');
    const a = alignment(z, b);
    expect(Math.abs(alignment(z.clone().mul(1e-5), b.clone().mul(7)) - a)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(a)).toBeLessThanOrEqual(1);
  });
});
