import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { optimalLossBound } from '../../src/precision/optimalLossBound.js';

describe('optimalLossBound', () => {
  it('is 0 for a target with no singular value (no columns) and for r at or past the rank', () => {
    expect(optimalLossBound(new Matrix(2, 0), 1)).toBe(0);
    expect(optimalLossBound(Matrix.diag([1, 0.5]), 2)).toBe(0);
  });

  it('grows with the tail it bounds and with the largest side', () => {
    const y = Matrix.diag([1, 0.5, 0.25]);
    const one = optimalLossBound(y, 1);
    const two = optimalLossBound(y, 2);
    expect(two).toBeGreaterThan(0);
    expect(one).toBeGreaterThan(two);
    expect(one).toBeLessThanOrEqual(1e-13);
  });
});
