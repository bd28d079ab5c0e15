import { describe, expect, it } from 'vitest';
import { twoSidedZ } from '../../src/audit/twoSidedZ.js';

describe('twoSidedZ', () => {
  it.each([
    [0.95, 1.959964],
    [0.99, 2.575829],
    [0.999, 3.290527],
  ])('at %s is %s', (certainty, z) => {
    expect(Math.abs(twoSidedZ(certainty) - z)).toBeLessThanOrEqual(1e-5);
  });

  it.each([0, 1, -0.5, 1.5, Number.NaN])('rejects certainty %s', (c) => {
    expect(() => twoSidedZ(c)).toThrow(RangeError);
  });
});
