import { describe, expect, it } from 'vitest';
import { stepForm } from '../../src/solve/stepForm.js';

describe('stepForm', () => {
  it.each([
    // [n, m, r, constant backward, expected]
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

  it('counts exactly: 3 n m r against the Gram form with Y W^T carried (FA) or recomputed (GD)', () => {
    // n = m = d, r = 16. FA: Gram 1160 d + d^2 / 4 against 48 d^2: residual up to d = 24.
    expect(stepForm(24, 24, 16, true)).toBe('residual');
    expect(stepForm(25, 25, 16, true)).toBe('gram');
    // GD: Gram 904 d + 32 d^2 against 48 d^2: residual up to d = 56.
    expect(stepForm(56, 56, 16, false)).toBe('residual');
    expect(stepForm(57, 57, 16, false)).toBe('gram');
  });

  it('takes the Gram form for a diagonal target, whose products with Y cost nothing beside the rest', () => {
    // GD at 56 x 56, r = 16 is residual on a dense target (above), Gram on a diagonal one.
    expect(stepForm(56, 56, 16, false, true)).toBe('gram');
    expect(stepForm(256, 192, 16, false, true)).toBe('gram');
  });

  it('carries nothing for FA on a diagonal target: Gram costs 904 d against 48 d^2 (n = m = d, r = 16)', () => {
    // Carried (dense target): 1160 d + d^2 / 4, residual up to d = 24; diagonal: residual up to d = 18.
    expect(stepForm(18, 18, 16, true, true)).toBe('residual');
    expect(stepForm(19, 19, 16, true, true)).toBe('gram');
    expect(stepForm(24, 24, 16, true, true)).toBe('gram');
    // FA from a small random start at r = 16 reduces to 48 x 32: Gram, with or without the diagonal.
    expect(stepForm(48, 32, 16, true, true)).toBe('gram');
  });
});
