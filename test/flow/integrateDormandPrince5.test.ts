import { describe, expect, it } from 'vitest';
import { integrateDormandPrince5 } from '../../src/flow/integrateDormandPrince5.js';
import type { OdeRightHandSide } from '../../src/flow/OdeRightHandSide.js';
import { InputError } from '../../src/linalg/InputError.js';

const decay: OdeRightHandSide = (_t, x, dxdt) => {
  dxdt[0] = -x[0];
};
/** The rotation x' = -y, y' = x; from (1, 0) the solution is (cos t, sin t). */
const rotation: OdeRightHandSide = (_t, x, dxdt) => {
  dxdt[0] = -x[1];
  dxdt[1] = x[0];
};
const defaults = { rtol: 1e-8, atol: 1e-10, maxSteps: 100_000 };

describe('integrateDormandPrince5', () => {
  it("solves y' = -y to its tolerance at every sample time, landing on each exactly", () => {
    const times = [0, 0.5, 1, 2, 3.7, 5, 10];
    const out = integrateDormandPrince5(decay, Float64Array.of(1), {
      ...defaults,
      tEnd: 10,
      sampleTimes: times,
    });
    expect(out.reason).toBe('done');
    expect(out.t).toBe(10);
    expect(out.samples.map((s) => s.t)).toEqual(times);
    for (const s of out.samples) {
      // global error within 10 rtol relative plus atol (measured: at most 1.4e-8 relative up to t = 5)
      expect(Math.abs(s.x[0] - Math.exp(-s.t))).toBeLessThanOrEqual(1e-7 * Math.exp(-s.t) + 1e-10);
    }
    expect(Math.abs(out.x[0] - Math.exp(-10))).toBeLessThanOrEqual(1e-9);
  });

  it('solves a 2-D rotation over three turns to its tolerance, and a tighter tolerance is more accurate', () => {
    const tEnd = 6 * Math.PI;
    const errorAt = (rtol: number): number => {
      const out = integrateDormandPrince5(rotation, Float64Array.of(1, 0), { ...defaults, rtol, tEnd });
      expect(out.reason).toBe('done');
      return Math.hypot(out.x[0] - Math.cos(tEnd), out.x[1] - Math.sin(tEnd));
    };
    const loose = errorAt(1e-6);
    const tight = errorAt(1e-10);
    expect(errorAt(1e-8)).toBeLessThanOrEqual(1e-6);
    expect(tight).toBeLessThanOrEqual(1e-8);
    expect(tight).toBeLessThanOrEqual(loose / 50);
  });

  it('returns samples in ascending order whatever order they were asked in, repeats included', () => {
    const out = integrateDormandPrince5(rotation, Float64Array.of(1, 0), {
      ...defaults,
      tEnd: 4,
      sampleTimes: [3, 1, 4, 1, 0],
    });
    expect(out.samples.map((s) => s.t)).toEqual([0, 1, 1, 3, 4]);
    for (const s of out.samples) {
      expect(Math.hypot(s.x[0] - Math.cos(s.t), s.x[1] - Math.sin(s.t))).toBeLessThanOrEqual(1e-7);
    }
  });

  it('reuses the last stage (FSAL): 2 evaluations to start, then 6 per trial step', () => {
    const out = integrateDormandPrince5(rotation, Float64Array.of(1, 0), { ...defaults, tEnd: 20 });
    expect(out.steps).toBeGreaterThan(10);
    expect(out.evaluations).toBe(2 + 6 * (out.steps + out.rejected));
  });

  it("stops as diverged, with a finite state, when the solution blows up (y' = y^2 from 1, blow-up at t = 1)", () => {
    const blowUp: OdeRightHandSide = (_t, x, dxdt) => {
      dxdt[0] = x[0] * x[0];
    };
    const out = integrateDormandPrince5(blowUp, Float64Array.of(1), {
      ...defaults,
      tEnd: 2,
      sampleTimes: [0.5, 1.5],
    });
    expect(out.reason).toBe('diverged');
    expect(Number.isFinite(out.x[0])).toBe(true);
    expect(Math.abs(out.t - 1)).toBeLessThanOrEqual(1e-6);
    expect(out.samples.map((s) => s.t)).toEqual([0.5]);
    expect(Math.abs(out.samples[0].x[0] - 2)).toBeLessThanOrEqual(1e-7);
  });

  it('stops as diverged at once when the right-hand side is not finite at the start', () => {
    const out = integrateDormandPrince5((_t, _x, dxdt) => dxdt.fill(NaN), Float64Array.of(1), {
      ...defaults,
      tEnd: 1,
    });
    expect(out.reason).toBe('diverged');
    expect(out.steps).toBe(0);
    expect(out.x[0]).toBe(1);
  });

  it('stops on the budget of accepted steps', () => {
    const out = integrateDormandPrince5(rotation, Float64Array.of(1, 0), {
      ...defaults,
      tEnd: 100,
      maxSteps: 3,
    });
    expect(out.reason).toBe('budget');
    expect(out.steps).toBe(3);
    expect(out.t).toBeLessThan(100);
  });

  it('does nothing over an empty interval and never writes x0', () => {
    const x0 = Float64Array.of(1, 0);
    const empty = integrateDormandPrince5(rotation, x0, { ...defaults, tEnd: 0, sampleTimes: [0] });
    expect(empty).toMatchObject({ reason: 'done', steps: 0, evaluations: 0, t: 0 });
    expect(empty.samples).toHaveLength(1);
    integrateDormandPrince5(rotation, x0, { ...defaults, tEnd: 1 });
    expect(Array.from(x0)).toEqual([1, 0]);
  });

  it.each([
    ['tEnd', { tEnd: -1 }],
    ['tEnd', { tEnd: NaN }],
    ['rtol', { rtol: 0 }],
    ['atol', { atol: -1 }],
    ['maxSteps', { maxSteps: 1.5 }],
    ['sampleTimes', { sampleTimes: [2] }],
    ['hMax', { hMax: 0 }],
  ])('rejects a bad %s', (parameter, bad) => {
    const call = (): unknown =>
      integrateDormandPrince5(decay, Float64Array.of(1), { ...defaults, tEnd: 1, ...bad });
    expect(call).toThrow(InputError);
    expect(call).toThrow(new RegExp(`^${parameter}:`));
  });
});
