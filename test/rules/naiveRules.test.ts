import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/solve/solve.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

/**
 * An independent naive implementation of every rule, on ml-matrix, written from docs/theory.md:
 * with E = Z W - Y, M the backward matrix,
 *   Z <- (1 - eta lambda) Z - eta E W^T,  W <- (1 - eta lambda) W - eta M^T E,
 * and for kp B <- (1 - eta lambda) B - eta E W^T (M = B), all from the old iterate.
 */
function naive(
  rule: string,
  y: Matrix,
  b: Matrix | null,
  z0: Matrix,
  w0: Matrix,
  eta: number,
  lambda: number,
  rho: number,
  steps: number,
): { z: Matrix; w: Matrix; b: Matrix | null } {
  let z = z0.clone();
  let w = w0.clone();
  let f = b?.clone() ?? null;
  for (let t = 0; t < steps; t++) {
    const e = z.mmul(w).sub(y);
    let m: Matrix;
    if (rule === 'gd') m = z;
    else if (rule === 'fa' || rule === 'kp') m = f as Matrix;
    else if (rule === 'mixed') m = Matrix.add(Matrix.mul(z, rho), Matrix.mul(f as Matrix, 1 - rho));
    else {
      // sign: mean |Z| times sign(Z)
      let sum = 0;
      for (let i = 0; i < z.rows; i++) for (let j = 0; j < z.columns; j++) sum += Math.abs(z.get(i, j));
      const scale = sum / (z.rows * z.columns);
      m = new Matrix(z.rows, z.columns);
      for (let i = 0; i < z.rows; i++) {
        for (let j = 0; j < z.columns; j++) {
          const v = z.get(i, j);
          m.set(i, j, v > 0 ? scale : v < 0 ? -scale : 0);
        }
      }
    }
    const gz = e.mmul(w.transpose());
    const gw = m.transpose().mmul(e);
    const keep = 1 - eta * lambda;
    const zNext = Matrix.sub(Matrix.mul(z, keep), Matrix.mul(gz, eta));
    const wNext = Matrix.sub(Matrix.mul(w, keep), Matrix.mul(gw, eta));
    if (rule === 'kp') f = Matrix.sub(Matrix.mul(f as Matrix, keep), Matrix.mul(gz, eta));
    z = zNext;
    w = wNext;
  }
  return { z, w, b: f };
}

/** Largest entry of |a - b| over the largest entry of |b|, NaN-propagating (so a bound on it fails). */
function relDiff(a: Matrix, b: Matrix): number {
  const scale = Math.max(b.max(), -b.min(), 1e-300);
  const d = Matrix.sub(a, b);
  const worst = Math.max(d.max(), -d.min());
  return Number.isNaN(d.norm('frobenius')) ? Number.NaN : worst / scale;
}

const SHAPES: ReadonlyArray<readonly [number, number, number, number]> = [
  // n, m, rank k, r
  [5, 4, 3, 2],
  [6, 6, 2, 4],
  [3, 7, 3, 3],
  [8, 5, 5, 1],
];

const CASES: ReadonlyArray<{ rule: string; lambda?: number; rho?: number }> = [
  { rule: 'gd' },
  { rule: 'gd', lambda: 0.05 },
  { rule: 'fa' },
  { rule: 'fa', lambda: 0.05 },
  { rule: 'kp', lambda: 0 },
  { rule: 'kp', lambda: 0.05 },
  { rule: 'sign' },
  { rule: 'sign', lambda: 0.02 },
  { rule: 'mixed', rho: 0.3 },
  { rule: 'mixed', rho: 0.7, lambda: 0.05 },
];

describe('every rule agrees with an independent naive implementation over 300 steps', () => {
  for (const c of CASES) {
    for (const [n, m, k, r] of SHAPES) {
      const label = `${c.rule} lambda=${c.lambda ?? 0} rho=${c.rho ?? '-'} at ${n}x${m}, rank ${k}, r=${r}`;
      it(label, () => {
        const seed = `${label}`;
        const y = seededLowRank(n, m, k, seed);
        const rule = ruleRegistry[c.rule];
        const b = rule.needsFeedback ? seededMatrix(n, r, `${seed}/B`, 1 / Math.sqrt(n)) : null;
        const z0 = seededMatrix(n, r, `${seed}/Z0`, 0.1);
        const w0 = seededMatrix(r, m, `${seed}/W0`, 0.1);
        const eta = 0.1;
        const steps = 300;
        const out = solve({
          Y: y,
          r,
          rule,
          eta,
          ...(c.lambda === undefined ? {} : { lambda: c.lambda }),
          ...(c.rho === undefined ? {} : { rho: c.rho }),
          B: b,
          Z0: z0,
          W0: w0,
          steps,
          reduce: false,
          kernels: 'js',
        });
        const ref = naive(c.rule, y, b, z0, w0, eta, c.lambda ?? 0, c.rho ?? 0, steps);
        expect(out.steps).toBe(steps);
        expect(relDiff(out.Z, ref.z)).toBeLessThanOrEqual(1e-11);
        expect(relDiff(out.W, ref.w)).toBeLessThanOrEqual(1e-11);
        // KP's trained feedback too; every other rule returns none.
        const feedbackGap =
          c.rule === 'kp'
            ? relDiff(out.feedback as Matrix, ref.b as Matrix)
            : out.feedback === undefined
              ? 0
              : 1;
        expect(feedbackGap).toBeLessThanOrEqual(1e-11);
      });
    }
  }
});
