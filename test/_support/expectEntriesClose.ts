import { expect } from 'vitest';

/**
 * Asserts `actual[i]` is within `1e-12 (1 + |expected[i]|)` of `expected[i]` for the first `count`
 * entries (fails on NaN), naming the seed and entry in the message.
 */
export function expectEntriesClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  count: number,
  seed: string,
): void {
  for (let i = 0; i < count; i++) {
    const tol = 1e-12 * (1 + Math.abs(expected[i]));
    expect(Math.abs(actual[i] - expected[i]), `seed ${seed}, entry ${i}`).toBeLessThanOrEqual(tol);
  }
}
