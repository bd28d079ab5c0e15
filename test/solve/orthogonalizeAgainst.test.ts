import { describe, expect, it } from 'vitest';
import { orthogonalizeAgainst } from '../../src/solve/orthogonalizeAgainst.js';

describe('orthogonalizeAgainst', () => {
  it('removes the components along each basis vector and returns the squared norm left', () => {
    const basis = [Float64Array.from([1, 0, 0]), Float64Array.from([0, 0.6, 0.8])];
    const v = Float64Array.from([3, 2, 5]);
    const rest = orthogonalizeAgainst(v, basis, 3);
    // <(0, 2, 5), (0, 0.6, 0.8)> = 5.2: v = (0, 2 - 3.12, 5 - 4.16) = (0, -1.12, 0.84)
    expect(Math.abs(v[0])).toBe(0);
    expect(Math.abs(v[1] + 1.12)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(v[2] - 0.84)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(rest - (1.12 ** 2 + 0.84 ** 2))).toBeLessThanOrEqual(1e-15);
  });

  it('with no basis leaves v as it is and returns its squared norm', () => {
    const v = Float64Array.from([3, 4]);
    expect(orthogonalizeAgainst(v, [], 2)).toBe(25);
    expect(Array.from(v)).toEqual([3, 4]);
  });
});
