import { describe, expect, it } from 'vitest';
import { logTicks } from '../../src/report/logTicks.js';

describe('logTicks', () => {
  it('gives 1-2-5 ticks within the bounds, bounds included', () => {
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(0.1, 2)).toEqual([0.1, 0.2, 0.5, 1, 2]);
    expect(logTicks(0.15, 0.9)).toEqual([0.2, 0.5]);
  });
});
