import { describe, expect, it } from 'vitest';
import { stepForm } from '../../src/solve/stepForm.js';

describe('stepForm', () => {
  it.each([
    // [n, m, r, constant backward, expected]: the forms measured fastest in bench/ (see stepForm.ts).
    [3, 3, 3, true, 'residual'],
    [8, 8, 8, true, 'residual'],
    [16, 16, 16, true, 'residual'],
    [8, 8, 3, true, 'gram'],
    [32, 32, 16, true, 'gram'],
    [128, 128, 16, true, 'gram'],
    [512, 512, 32, true, 'gram'],
  ] as const)('%i x %i, r = %i (FA): %s', (n, m, r, constant, expected) => {
    expect(stepForm(n, m, r, constant)).toBe(expected);
  });

  it('counts exactly: 3 n m r against n m r + m r (r + 1) / 2 + 2 n r^2 + r^2 m (+ n m r for GD)', () => {
    // 24 x 24, r = 16: residual 27648 < Gram 30912 for FA.
    expect(stepForm(24, 24, 16, true)).toBe('residual');
    // 28 x 28, r = 16: residual 37632 < Gram 37856; 29 x 29: residual 40368 > Gram 39672 for FA,
    // but < Gram + n m r = 53128 for GD.
    expect(stepForm(28, 28, 16, true)).toBe('residual');
    expect(stepForm(29, 29, 16, true)).toBe('gram');
    expect(stepForm(29, 29, 16, false)).toBe('residual');
  });
});
