import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { kp } from '../../src/rules/kp.js';
import { solve } from '../../src/solve/solve.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const maxAbs = (a: Matrix): number => {
  const v = Math.max(a.max(), -a.min());
  return Number.isNaN(a.norm('frobenius')) ? Number.NaN : v;
};

describe('kp: the structure it shares with FA and GD', () => {
  const n = 6;
  const m = 5;
  const r = 2;
  const y = seededLowRank(n, m, 4, 'kp');
  const b = seededMatrix(n, r, 'kp B', 0.4);
  const z0 = seededMatrix(n, r, 'kp Z0', 0.05);
  const w0 = seededMatrix(r, m, 'kp W0', 0.05);
  const common = { Y: y, r, eta: 0.2, B: b, Z0: z0, W0: w0, reduce: false, kernels: 'js' as const };

  it('one step of kp at lambda = 0 is one step of FA with the same B (M = B_0)', () => {
    const a = solve({ ...common, rule: kp, lambda: 0, steps: 1 });
    const f = solve({ ...common, rule: fa, steps: 1 });
    expect(maxAbs(Matrix.sub(a.Z, f.Z))).toBeLessThanOrEqual(1e-15);
    expect(maxAbs(Matrix.sub(a.W, f.W))).toBeLessThanOrEqual(1e-15);
    // and B moved by Z's own update
    const dz = Matrix.sub(a.Z, z0);
    expect(maxAbs(Matrix.sub(Matrix.sub(a.feedback as Matrix, b), dz))).toBeLessThanOrEqual(1e-15);
  });

  it('at eta lambda = 0, Z_t - B_t stays Z_0 - B_0 over 400 steps', () => {
    const a = solve({ ...common, rule: kp, lambda: 0, steps: 400 });
    const drift = Matrix.sub(Matrix.sub(a.Z, a.feedback as Matrix), Matrix.sub(z0, b));
    expect(maxAbs(drift)).toBeLessThanOrEqual(1e-13);
  });

  it('at lambda > 0, Z_t - B_t = (1 - eta lambda)^t (Z_0 - B_0)', () => {
    const lambda = 0.05;
    const t = 400;
    const a = solve({ ...common, rule: kp, lambda, steps: t });
    const want = Matrix.sub(z0, b).mul((1 - 0.2 * lambda) ** t);
    expect(maxAbs(Matrix.sub(Matrix.sub(a.Z, a.feedback as Matrix), want))).toBeLessThanOrEqual(1e-13);
  });

  it('started with B_0 = Z_0 at lambda = 0, kp is GD (B_t = Z_t for every t)', () => {
    const a = solve({ ...common, B: z0, rule: kp, lambda: 0, steps: 300 });
    const g = solve({ ...common, B: null, rule: gd, steps: 300 });
    expect(maxAbs(Matrix.sub(a.Z, g.Z))).toBeLessThanOrEqual(1e-12);
    expect(maxAbs(Matrix.sub(a.W, g.W))).toBeLessThanOrEqual(1e-12);
  });

  it('its trace measures the alignment with the current B, and solve reports a(Z, B_t)', () => {
    const a = solve({ ...common, rule: kp, lambda: 0.5, steps: 2000, traceEvery: 1000 });
    const last = a.trace?.alignment.at(-1) ?? Number.NaN;
    expect(last).toBeGreaterThanOrEqual(0.999); // (1 - 0.1)^2000: B_t = Z_t to rounding
    expect(Math.abs((a.alignment ?? Number.NaN) - last)).toBeLessThanOrEqual(1e-12);
  });

  it('withValues binds the decay and keeps the registered object at its default', () => {
    expect(kp.withValues({ lambda: 0 })).toBe(kp);
    expect(kp.withValues({ lambda: 0.1 }).decay).toBe(0.1);
    expect(kp.withValues({ lambda: 0.1 }).trainsFeedback).toBe(true);
  });
});
