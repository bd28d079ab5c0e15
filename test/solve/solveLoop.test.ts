import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { solveCaseFile } from '../_support/solveCaseFile.js';
import type { SolveResult } from '../../src/solve/solveDense.js';
import { alignment } from '../../src/theory/alignment.js';
import { faLimit } from '../../src/theory/faLimit.js';
import { allFinite, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

// A tall rank-2 target with a Gaussian feedback matrix, both from fixed seeds.
const Y = seededLowRank(5, 4, 2, 'loop/Y');
const Y_ROWS = Y.to2DArray();
const Y_NORM_SQ = Y.norm('frobenius') ** 2;
const B2 = seededMatrix(5, 2, 'loop/B2', 1 / Math.sqrt(5)).to2DArray(); // r = 2 = rank(Y)
const B1 = seededMatrix(5, 1, 'loop/B1', 1 / Math.sqrt(5)).to2DArray(); // r = 1 < rank(Y)
const faAtRank = { Y: Y_ROWS, r: 2, rule: 'fa', eta: 0.3, B: B2 };
const faBelowRank = { Y: Y_ROWS, r: 1, rule: 'fa', eta: 0.3, B: B1 };
const gdRandom = { Y: Y_ROWS, r: 2, rule: 'gd', eta: 0.3, init: { scale: 0.1, seed: 'loop/gd' } };

const lossOf = (res: SolveResult): number => res.Z.mmul(res.W).sub(Y).norm('frobenius') ** 2;

function expectFiniteResult(res: SolveResult, label: string): void {
  expect(Number.isFinite(res.loss), `${label}: loss ${res.loss}`).toBe(true);
  expect(allFinite(res.Z.to1DArray()), `${label}: Z finite`).toBe(true);
  expect(allFinite(res.W.to1DArray()), `${label}: W finite`).toBe(true);
}

describe('solve loop: steps mode', () => {
  for (const steps of [0, 1, 37]) {
    it(`takes exactly ${steps} steps (reason 'steps')`, () => {
      const res = solveCaseFile({ ...faAtRank, steps });
      expect(res.steps).toBe(steps);
      expect(res.reason).toBe('steps');
      expect(Math.abs(res.loss - lossOf(res))).toBeLessThanOrEqual(1e-12);
    });
  }

  it('does not stop early once the optimum is reached', () => {
    const res = solveCaseFile({ ...faAtRank, steps: 3000 });
    expect(res.reason).toBe('steps');
    expect(res.steps).toBe(3000);
    expect(res.loss).toBeLessThanOrEqual(1e-20 * Y_NORM_SQ);
  });

  it('takes zero steps from zero factors with loss ||Y||^2', () => {
    const res = solveCaseFile({ ...faAtRank, steps: 0 });
    expect(Math.abs(res.loss - Y_NORM_SQ)).toBeLessThanOrEqual(1e-15);
    expect(res.Z.norm('frobenius')).toBe(0);
  });
});

describe('solve loop: maxSteps mode', () => {
  it("stops with 'target' when FA reaches loss 0 (r = rank(Y)), well inside the budget", () => {
    const res = solveCaseFile({ ...faAtRank, maxSteps: 20000 });
    expect(res.reason).toBe('target');
    expect(res.steps).toBeLessThan(20000);
    expect(res.loss).toBeLessThanOrEqual(1e-10 * Y_NORM_SQ);
    expect(Math.abs(res.loss - lossOf(res))).toBeLessThanOrEqual(1e-15);
  });

  it("stops with 'target' at the first step whose loss is within a numeric target", () => {
    const target = 0.25 * Y_NORM_SQ;
    const res = solveCaseFile({ ...gdRandom, maxSteps: 5000, target, tol: 0 });
    expect(res.reason).toBe('target');
    expect(res.loss).toBeLessThanOrEqual(target);
    expect(res.steps).toBeGreaterThan(0);
    const before = solveCaseFile({ ...gdRandom, steps: res.steps - 1 });
    expect(before.loss).toBeGreaterThan(target);
  });

  it("stops with 'target' on the FA limit when r < rank(Y) (target 'fa-limit')", () => {
    const limit = faLimit(Y, new Matrix(B1)).loss;
    const res = solveCaseFile({ ...faBelowRank, maxSteps: 20000, target: 'fa-limit' });
    expect(res.reason).toBe('target');
    expect(res.loss).toBeLessThanOrEqual(limit + 1e-10 * Y_NORM_SQ);
    expect(res.loss).toBeGreaterThanOrEqual(limit - 1e-12);
  });

  it("stops with 'target' at step 0 when the start already meets the target", () => {
    const res = solveCaseFile({ ...faAtRank, maxSteps: 100, target: 2 * Y_NORM_SQ });
    expect(res.reason).toBe('target');
    expect(res.steps).toBe(0);
  });

  it("stops with 'stationary' when FA (r < rank) cannot reach the optimum, at the FA limit", () => {
    const res = solveCaseFile({ ...faBelowRank, maxSteps: 20000 });
    expect(res.reason).toBe('stationary');
    expect(res.steps).toBeLessThan(20000);
    const limit = faLimit(Y, new Matrix(B1)).loss;
    expect(Math.abs(res.loss - limit)).toBeLessThanOrEqual(1e-9 * limit);
  });

  it("stops with 'stationary' after one step at GD's saddle (explicit zero factors)", () => {
    const res = solveCaseFile({
      Y: Y_ROWS,
      r: 2,
      rule: 'gd',
      eta: 0.3,
      Z0: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      W0: [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      maxSteps: 100,
    });
    expect(res.reason).toBe('stationary');
    expect(res.steps).toBe(1);
    expect(Math.abs(res.loss - Y_NORM_SQ)).toBeLessThanOrEqual(1e-15);
  });

  it("stops with 'budget' after exactly maxSteps when nothing else is met", () => {
    for (const maxSteps of [0, 1, 5]) {
      const res = solveCaseFile({ ...faAtRank, maxSteps });
      expect(res.reason).toBe('budget');
      expect(res.steps).toBe(maxSteps);
    }
  });
});

describe('solve loop: divergence', () => {
  const diverging: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
    ['fa from zero, eta 1e3, steps', { ...faAtRank, eta: 1e3, steps: 1000 }],
    ['fa from zero, eta 1e3, maxSteps', { ...faAtRank, eta: 1e3, maxSteps: 1000 }],
    ['fa from zero, eta 50', { ...faAtRank, eta: 50, steps: 1000 }],
    ['gd from random init, eta 50', { ...gdRandom, eta: 50, steps: 1000 }],
    ['fa from zero, eta 1e200 (the first update overflows)', { ...faAtRank, eta: 1e200, steps: 1000 }],
  ];

  for (const [name, input] of diverging) {
    it(`${name}: reason 'diverged', early, with finite loss and factors`, () => {
      const res = solveCaseFile(input);
      expect(res.reason).toBe('diverged');
      expect(res.steps).toBeLessThan(1000);
      expectFiniteResult(res, name);
      const direct = lossOf(res);
      expect(Math.abs(res.loss - direct)).toBeLessThanOrEqual(1e-9 * direct);
    });
  }

  it('stops at step 0, leaving zero factors, when even the first update is not finite', () => {
    const res = solveCaseFile({ ...faAtRank, eta: 1e200, steps: 10 });
    expect(res.steps).toBe(0);
    expect(res.Z.norm('frobenius') + res.W.norm('frobenius')).toBe(0);
  });

  it('honours divergenceFactor', () => {
    const strict = solveCaseFile({ ...faAtRank, eta: 3, steps: 1000, divergenceFactor: 1.5 });
    const loose = solveCaseFile({ ...faAtRank, eta: 3, steps: 1000, divergenceFactor: 1e12 });
    expect(strict.reason).toBe('diverged');
    expect(loose.reason).toBe('diverged');
    expect(strict.steps).toBeLessThan(loose.steps);
  });

  // Regression: a finite update can carry the factors to an iterate whose loss overflows (here
  // Z ~ 1e150, W ~ 1e150, so ||Z W - Y||^2 ~ 1e600). The run must still report a finite loss.
  it('reports a finite loss when a finite update overflows the loss (explicit init, eta 1e150)', () => {
    const res = solveCaseFile({
      Y: [
        [3, 0],
        [0, 1],
      ],
      r: 1,
      rule: 'fa',
      eta: 1e150,
      steps: 5,
      B: [[0.5], [0.3]],
      Z0: [[1], [1]],
      W0: [[1, 1]],
    });
    expect(res.reason).toBe('diverged');
    expectFiniteResult(res, 'eta 1e150');
  });
});

describe('solve loop: trace', () => {
  it('records the step, loss and alignment every traceEvery steps, plus the final step', () => {
    const res = solveCaseFile({ ...faAtRank, steps: 95, traceEvery: 10 });
    const trace = res.trace;
    expect(trace).toBeDefined();
    if (trace === undefined) return;
    expect(Array.from(trace.step)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95]);
    expect(allFinite(trace.loss)).toBe(true);
    expect(allFinite(trace.alignment)).toBe(true);
    expect(trace.loss.length).toBe(trace.step.length);
    expect(trace.alignment.length).toBe(trace.step.length);
    expect(Math.abs(trace.loss[0] - Y_NORM_SQ)).toBeLessThanOrEqual(1e-12);
    expect(trace.alignment[0]).toBe(0); // Z = 0 at the start
    expect(trace.loss[trace.loss.length - 1]).toBe(res.loss);
    // Each entry is the loss and alignment of the iterate after that many steps.
    for (let i = 1; i < trace.step.length - 1; i++) {
      const at = solveCaseFile({ ...faAtRank, steps: trace.step[i] });
      expect(Math.abs(trace.loss[i] - at.loss), `step ${trace.step[i]}`).toBeLessThanOrEqual(
        1e-9 * (1 + at.loss),
      );
      const a = alignment(at.Z, new Matrix(B2));
      expect(Math.abs(trace.alignment[i] - a), `step ${trace.step[i]}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('records every step with traceEvery 1, and alignment 0 for a rule without B', () => {
    const res = solveCaseFile({ ...gdRandom, steps: 12, traceEvery: 1 });
    expect(Array.from(res.trace?.step ?? [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(Array.from(res.trace?.alignment ?? [])).toEqual(new Array(13).fill(0));
    expect(allFinite(res.trace?.loss ?? [Number.NaN])).toBe(true);
  });

  it('keeps no trace by default', () => {
    expect(solveCaseFile({ ...faAtRank, steps: 5 }).trace).toBeUndefined();
  });

  it('ends at the stopping step of an early stop, with finite values', () => {
    const res = solveCaseFile({ ...faBelowRank, maxSteps: 20000, traceEvery: 25 });
    const trace = res.trace;
    expect(res.reason).toBe('stationary');
    expect(trace?.step[trace.step.length - 1]).toBe(res.steps);
    expect(allFinite(trace?.loss ?? [Number.NaN])).toBe(true);
  });

  it('is finite on a diverging run', () => {
    const res = solveCaseFile({ ...faAtRank, eta: 1e3, steps: 1000, traceEvery: 1 });
    expect(res.reason).toBe('diverged');
    expect(res.trace?.step[res.trace.step.length - 1]).toBe(res.steps);
    expect(allFinite(res.trace?.loss ?? [Number.NaN])).toBe(true);
    expect(allFinite(res.trace?.alignment ?? [Number.NaN])).toBe(true);
  });
});

describe('solve loop: the exact stopping rules', () => {
  // 1 x 1 FA with y = 1, b = 1 from z = 1, w = 2: E = z w - y = 1, so the first update has
  // ||dZ||^2 + ||dW||^2 = eta^2 E^2 (w^2 + b^2) = 5 eta^2, against the scale z^2 + w^2 + ||Y||_F = 6.
  const scalar = { Y: [[1]], r: 1, rule: 'fa', eta: 0.01, B: [[1]], Z0: [[1]], W0: [[2]], target: 0, tol: 0 };

  it('is stationary when ||dZ||^2 + ||dW||^2 <= tol^2 (||Z||^2 + ||W||^2 + ||Y||_F), and not below it', () => {
    // tol = eta: 5 eta^2 <= 6 eta^2, stationary after the first step.
    const at = solveCaseFile({ ...scalar, maxSteps: 100, stationaryTol: 0.01 });
    expect(at.reason).toBe('stationary');
    expect(at.steps).toBe(1);
    // tol^2 = 0.8 eta^2: 5 eta^2 > 4.8 eta^2 at the first step; later updates shrink, so it stops later.
    const below = solveCaseFile({ ...scalar, maxSteps: 100, stationaryTol: Math.sqrt(0.8) * 0.01 });
    expect(below.steps).toBeGreaterThan(1);
  });

  it("confirms a target met by the cheap Gram loss with the direct residual before stopping with 'target'", () => {
    // Z W = 1 + 1e-9 against Y = 1: the direct loss is 1e-18, the Gram form rounds it to about 0.
    const start = { Y: [[1]], r: 1, rule: 'fa', eta: 1e-30, B: [[1]], Z0: [[1]], W0: [[1 + 1e-9]] };
    const gram = 1 - 2 * (1 + 1e-9) + (1 + 1e-9) ** 2; // as the loop computes it
    expect(gram).toBeLessThanOrEqual(1e-19);
    const res = solveCaseFile({ ...start, maxSteps: 0, target: 1e-19, tol: 0 });
    expect(res.reason).toBe('budget');
    expect(res.loss).toBeGreaterThan(1e-19);
    expect(solveCaseFile({ ...start, maxSteps: 0, target: 1e-17, tol: 0 }).reason).toBe('target');
  });

  it('keeps the start and reports 0 steps when the loss of the start itself overflows', () => {
    const res = solveCaseFile({
      Y: [[1]],
      r: 1,
      rule: 'fa',
      eta: 0.1,
      B: [[1]],
      Z0: [[1e200]],
      W0: [[1e200]],
      steps: 5,
    });
    expect(res.reason).toBe('diverged');
    expect(res.steps).toBe(0);
    expect(res.Z.get(0, 0)).toBe(1e200);
    expect(res.W.get(0, 0)).toBe(1e200);
  });

  it('returns the last iterate whose loss is finite when a later one overflows, with its step count', () => {
    // From z = w = 1 with y = 0 and eta = 1e3 the iterates grow doubly exponentially.
    const start = {
      Y: [[0]],
      r: 1,
      rule: 'fa',
      eta: 1e3,
      B: [[1]],
      Z0: [[1]],
      W0: [[1]],
      divergenceFactor: 1e300,
    };
    const res = solveCaseFile({ ...start, steps: 50 });
    expect(res.reason).toBe('diverged');
    expect(res.steps).toBeGreaterThan(0);
    const z = res.Z.get(0, 0);
    const w = res.W.get(0, 0);
    expect(Number.isFinite(z * z * (w * w))).toBe(true); // its Gram loss is finite
    // The next update overflows: e = z w, z' = z - eta e w, w' = w - eta e.
    const e = z * w;
    const next = (z - 1e3 * e * w) * (w - 1e3 * e);
    expect(Number.isFinite(next * next)).toBe(false);
    // And it is the iterate after exactly `steps` updates.
    const replay = solveCaseFile({ ...start, steps: res.steps });
    expect(replay.reason).toBe('steps');
    expect(replay.Z.get(0, 0)).toBe(z);
    expect(replay.W.get(0, 0)).toBe(w);
  });

  it('does not repeat the final step in a trace, and adds it when it is off the grid', () => {
    expect(Array.from(solveCaseFile({ ...faAtRank, steps: 4, traceEvery: 2 }).trace?.step ?? [])).toEqual([
      0, 2, 4,
    ]);
    expect(Array.from(solveCaseFile({ ...faAtRank, steps: 5, traceEvery: 2 }).trace?.step ?? [])).toEqual([
      0, 2, 4, 5,
    ]);
  });

  it('traces alignment 0, not NaN, when the feedback matrix is zero', () => {
    const res = solveCaseFile({
      Y: [[1]],
      r: 1,
      rule: 'fa',
      eta: 0.1,
      B: [[0]],
      Z0: [[1]],
      W0: [[1]],
      steps: 3,
      traceEvery: 1,
    });
    expect(Array.from(res.trace?.alignment ?? [Number.NaN])).toEqual([0, 0, 0, 0]);
  });
});
