import { describe, expect, it } from 'vitest';
import { regimeVerdict } from '../../src/audit/regimeVerdict.js';

const Z = 3.29;

describe('regimeVerdict', () => {
  it('accepts when the lower bound reaches the required share', () => {
    const v = regimeVerdict('r<rank', 0.1, 400, 1000, Z);
    expect(v.verdict).toBe('accepted');
    expect(v.lower).toBeGreaterThanOrEqual(0.1);
    expect(Math.abs(v.share - 0.4)).toBeLessThanOrEqual(1e-15);
  });

  it('rejects when the upper bound is below it: a regime never reached in 200 inputs', () => {
    const v = regimeVerdict('r<rank', 0.1, 0, 200, Z);
    expect(v.verdict).toBe('rejected');
    expect(v.upper).toBeLessThan(0.1);
  });

  it('stays undecided while the interval straddles the share, and decides with more samples', () => {
    expect(regimeVerdict('tall', 0.1, 12, 100, Z).verdict).toBe('undecided');
    expect(regimeVerdict('tall', 0.1, 1050, 10000, Z).verdict).toBe('undecided'); // 10.5 %: still close
    expect(regimeVerdict('tall', 0.1, 1500, 10000, Z).verdict).toBe('accepted');
    expect(regimeVerdict('tall', 0.1, 500, 10000, Z).verdict).toBe('rejected');
  });

  it('reports share 0 and verdict undecided with no samples (unless nothing is required)', () => {
    expect(regimeVerdict('x', 0.1, 0, 0, Z)).toMatchObject({ share: 0, verdict: 'undecided' });
    expect(regimeVerdict('x', 0, 0, 0, Z).verdict).toBe('accepted');
  });
});
