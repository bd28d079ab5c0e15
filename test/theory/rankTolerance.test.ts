import { describe, expect, it } from 'vitest';
import { rankTolerance } from '../../src/theory/rankTolerance.js';

describe('rankTolerance', () => {
  it('is max(rows, cols) * eps * s1', () => {
    expect(rankTolerance(3, 7, 2)).toBe(7 * Number.EPSILON * 2);
    expect(rankTolerance(9, 2, 1)).toBe(9 * Number.EPSILON);
    expect(rankTolerance(4, 4, 0)).toBe(0);
  });
});
