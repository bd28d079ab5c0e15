import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/statistics/wilsonInterval.js';

describe('wilsonInterval', () => {
  it('matches the closed form at p = 0.5 (n = 100, z = 1.96): 0.5 -+ 0.0960', () => {
    const { lower, upper } = wilsonInterval(50, 100, 1.96);
    expect(Math.abs(lower - 0.4038298)).toBeLessThanOrEqual(1e-7);
    expect(Math.abs(upper - 0.5961702)).toBeLessThanOrEqual(1e-7);
  });

  it('matches a textbook value off centre: 10 of 100 at z = 1.96 is [0.05523, 0.17437]', () => {
    const { lower, upper } = wilsonInterval(10, 100, 1.96);
    expect(Math.abs(lower - 0.0552285)).toBeLessThanOrEqual(1e-7);
    expect(Math.abs(upper - 0.1743673)).toBeLessThanOrEqual(1e-7);
  });

  it('stays inside [0, 1] and is one-sided at the ends: 0 of n has lower 0, n of n has upper 1', () => {
    const none = wilsonInterval(0, 200, 3.29);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeLessThanOrEqual(3.29 ** 2 / (200 + 3.29 ** 2) + 1e-15);
    expect(none.upper).toBeGreaterThan(0);
    const all = wilsonInterval(200, 200, 3.29);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeGreaterThanOrEqual(200 / (200 + 3.29 ** 2) - 1e-15);
  });

  it('contains the observed share and narrows as trials grow', () => {
    let width = Infinity;
    for (const n of [10, 100, 1000, 10000]) {
      const { lower, upper } = wilsonInterval(n / 5, n, 3.29);
      expect(lower).toBeLessThanOrEqual(0.2);
      expect(upper).toBeGreaterThanOrEqual(0.2);
      expect(upper - lower).toBeLessThan(width);
      width = upper - lower;
    }
    expect(width).toBeLessThanOrEqual(0.03);
  });

  it('is [0, 1] with no trials', () => {
    expect(wilsonInterval(0, 0, 3.29)).toEqual({ lower: 0, upper: 1 });
  });

  it.each([
    ['successes above trials', 5, 4, 1.96],
    ['negative successes', -1, 4, 1.96],
    ['fractional trials', 1, 2.5, 1.96],
    ['negative trials', 0, -1, 1.96],
    ['z zero', 1, 4, 0],
    ['z NaN', 1, 4, Number.NaN],
    ['z infinite', 1, 4, Infinity],
  ])('rejects %s', (_name, k, n, z) => {
    expect(() => wilsonInterval(k, n, z)).toThrow(RangeError);
  });
});
