import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { lossRecheck } from '../../src/precision/lossRecheck.js';

describe('lossRecheck with an absolute violation', () => {
  const y = Matrix.diag([1, 0.5]);
  // Z W = Y exactly: loss 0, against a target of 0.25 (as if the optimum were missed from below).
  const z = Matrix.eye(2);
  const w = Matrix.diag([1, 0.5]);

  it('counts a loss below the target as a violation only with absolute', () => {
    const signed = lossRecheck(y, z, w, 0.25, 0, 1e-8);
    expect(signed.preciseViolation).toBeCloseTo(-0.2, 12);
    expect(signed.label).toBe('rounding');
    const absolute = lossRecheck(y, z, w, 0.25, 0, 1e-8, true);
    expect(absolute.preciseViolation).toBeCloseTo(0.2, 12);
    expect(absolute.label).toBe('genuine');
  });

  it('calls an absolute violation within the target bound rounding', () => {
    const r = lossRecheck(y, z, w, 0.25, 0.3, 1e-8, true);
    expect(r.roundingBound).toBeGreaterThanOrEqual(0.3 / 1.25);
    expect(r.label).toBe('rounding');
  });
});
