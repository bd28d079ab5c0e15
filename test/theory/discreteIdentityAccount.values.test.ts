import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { DiscreteIdentityAccount } from '../../src/theory/discreteIdentityAccount.js';
import { seededMatrix } from '../_support/seededMatrix.js';

/**
 * The account's numbers, value by value, against an independent recomputation in the test: plain
 * ml-matrix products and norms following the documented closed form (4) and allowance
 * (docs/theory.md §Claims `fa-discrete-identity`). The iterates need not be FA's: on arbitrary ones
 * the residual is of order one, so it, the ratio and the worst-step bookkeeping are all observable.
 */

const U = 2 ** -53;

/** `|actual - expected| <= tol |expected|`, failing on NaN or an infinite difference. */
function expectRel(actual: number, expected: number, tol = 1e-11): void {
  expect(Number.isFinite(expected)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

interface Reference {
  residual: number[];
  allowance: number[];
  ratio: number[];
  size: number[];
  relative: number[];
  drift: number[];
  alignment: number[];
  predictedAlignment: number[];
}

/** The account's quantities at every step, recomputed from the documented formulas. */
function reference(y: Matrix, b: Matrix, eta: number, run: [Matrix, Matrix][]): Reference {
  const [n, m, r] = [y.rows, y.columns, b.columns];
  const k = n + m + r + 4;
  const bN = b.norm('frobenius');
  const yN = y.norm('frobenius');
  const qOf = (z: Matrix, w: Matrix): Matrix => {
    const c = b.transpose().mmul(z);
    return c.add(c.transpose()).sub(w.mmul(w.transpose()));
  };
  const q0 = qOf(run[0][0], run[0][1]);
  const trQ0 = q0.trace();
  const out: Reference = {
    residual: [],
    allowance: [],
    ratio: [],
    size: [],
    relative: [],
    drift: [],
    alignment: [],
    predictedAlignment: [],
  };
  const driftMat = Matrix.zeros(r, r);
  let drift = 0;
  let allowance = 0;
  for (let t = 0; t < run.length; t++) {
    const [z, w] = run[t];
    const zN = z.norm('frobenius');
    const wN = w.norm('frobenius');
    let zb = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < r; j++) zb += z.get(i, j) * b.get(i, j);
    if (t > 0) {
      const [zp, wp] = run[t - 1];
      const z0 = zp.norm('frobenius');
      const w0 = wp.norm('frobenius');
      const h0 = b.transpose().mmul(zp.mmul(wp).sub(y)).norm('frobenius');
      const grad = eta * bN * (z0 * w0 + yN);
      const a = bN * (z0 + zN) + w0 ** 2 + wN ** 2 + eta ** 2 * h0 ** 2;
      const bTerm = grad * (w0 + wN);
      const cTerm = eta * bN * yN * (w0 + wN + grad);
      allowance += a + bTerm + 16 * cTerm;
      const res = qOf(z, w).sub(q0).add(driftMat).norm('frobenius');
      const size = bN * zN + wN ** 2 + drift;
      out.residual.push(res);
      out.allowance.push(allowance);
      out.ratio.push(res / (U * k * allowance));
      out.size.push(size);
      out.relative.push(res / size);
      out.drift.push(drift);
    }
    out.alignment.push(zb / (zN * bN));
    out.predictedAlignment.push((wN ** 2 + trQ0 - drift) / (2 * zN * bN));
    const h = b.transpose().mmul(z.mmul(w).sub(y));
    driftMat.add(h.mmul(h.transpose()).mul(eta * eta));
    drift += eta * eta * h.norm('frobenius') ** 2;
  }
  return out;
}

const toArrays = (z: Matrix, w: Matrix): [Float64Array, Float64Array] => [
  Float64Array.from(z.to1DArray()),
  Float64Array.from(w.to1DArray()),
];

/** Arbitrary iterates of order one but the third, near 0: the ratio peaks at step 1, the relative residual at 2. */
function arbitraryRun(n: number, m: number, r: number, steps: number): [Matrix, Matrix][] {
  const run: [Matrix, Matrix][] = [];
  for (let t = 0; t <= steps; t++) {
    const scale = t === 2 ? 0.02 : 0.7;
    run.push([seededMatrix(n, r, `values Z${t}`, scale), seededMatrix(r, m, `values W${t}`, scale)]);
  }
  return run;
}

describe('DiscreteIdentityAccount: exact values', () => {
  const [n, m, r] = [4, 3, 2];
  const y = seededMatrix(n, m, 'values Y', 0.8);
  const b = seededMatrix(n, r, 'values B', 0.6);
  const eta = 0.3;

  it('its dimension is K = n + m + r + 4', () => {
    const account = new DiscreteIdentityAccount(y, b, eta);
    expect([account.n, account.m, account.r, account.dimension]).toEqual([4, 3, 2, 13]);
    const other = new DiscreteIdentityAccount(seededMatrix(7, 2, 'k Y'), seededMatrix(7, 5, 'k B'), eta);
    expect(other.dimension).toBe(7 + 2 + 5 + 4);
  });

  it('recomputes the residual, allowance, ratio, size, drift and alignment of every step', () => {
    const run = arbitraryRun(n, m, r, 6);
    const ref = reference(y, b, eta, run);
    const account = new DiscreteIdentityAccount(y, b, eta);
    account.observe(...toArrays(...run[0]));
    expect([account.residual, account.allowance, account.ratio, account.drift]).toEqual([0, 0, 0, 0]);
    expectRel(account.alignment, ref.alignment[0]);
    expectRel(account.predictedAlignment, ref.predictedAlignment[0]);
    for (let t = 1; t < run.length; t++) {
      account.observe(...toArrays(...run[t]));
      expect(account.observed).toBe(t + 1);
      expectRel(account.alignment, ref.alignment[t]);
      expectRel(account.predictedAlignment, ref.predictedAlignment[t]);
      expectRel(account.residual, ref.residual[t - 1]);
      expectRel(account.allowance, ref.allowance[t - 1], 1e-13);
      expectRel(account.ratio, ref.ratio[t - 1]);
      // The ratio is the residual in units of u K times the allowance, u = 2^-53, K = n + m + r + 4.
      expectRel(account.ratio, account.residual / (U * 13 * account.allowance), 1e-14);
      expectRel(account.size, ref.size[t - 1], 1e-13);
      expectRel(account.drift, ref.drift[t - 1], 1e-13);
    }
  });

  it('keeps the worst ratio, its step and the worst relative residual, not the last ones', () => {
    const run = arbitraryRun(n, m, r, 6);
    const ref = reference(y, b, eta, run);
    const worst = Math.max(...ref.ratio);
    const worstStep = ref.ratio.indexOf(worst) + 1;
    const worstRelative = Math.max(...ref.relative);
    // The case is built so that both peak before the last step (the ratio at 1, the relative at 2).
    expect(worstStep).toBeLessThan(run.length - 1);
    expect(ref.relative.indexOf(worstRelative) + 1).toBeLessThan(run.length - 1);
    expect(ref.ratio[ref.ratio.length - 1]).toBeLessThanOrEqual(0.9 * worst);
    expect(ref.relative[ref.relative.length - 1]).toBeLessThanOrEqual(0.9 * worstRelative);
    const account = new DiscreteIdentityAccount(y, b, eta);
    for (const [z, w] of run) account.observe(...toArrays(z, w));
    expectRel(account.worstRatio, worst);
    expect(account.worstStep).toBe(worstStep);
    expectRel(account.worstRelative, worstRelative);
  });

  it('on a run with no residual, ratio, worst ratio and worst relative residual stay 0 at step 0', () => {
    // B = 0 and Y = 0 with W = 0: every term, the residual and the allowance are exactly 0.
    const account = new DiscreteIdentityAccount(Matrix.zeros(2, 2), Matrix.zeros(2, 1), eta);
    const z = Float64Array.from([0.5, -0.25]);
    const w = new Float64Array(2);
    for (let t = 0; t < 4; t++) account.observe(z, w);
    expect([account.residual, account.allowance, account.size]).toEqual([0, 0, 0]);
    expect([account.ratio, account.worstRatio, account.worstStep, account.worstRelative]).toEqual([
      0, 0, 0, 0,
    ]);
    // With B = 0 there is no alignment to measure or predict: 0, not 0 / 0.
    expect([account.alignment, account.predictedAlignment]).toEqual([0, 0]);
  });

  it('a residual where the terms have no size is infinitely relative', () => {
    // B = Y = 0: Q_0 = -W_0 W_0^T, Q_1 = 0 with W_1 = 0, so R_1 = W_0 W_0^T while size_1 = 0.
    const account = new DiscreteIdentityAccount(Matrix.zeros(2, 2), Matrix.zeros(2, 1), eta);
    account.observe(Float64Array.from([1, 2]), Float64Array.from([0.75, 1]));
    account.observe(Float64Array.from([1, 2]), new Float64Array(2));
    expect(account.residual).toBe(1.5625); // ||W_0||^2 = 0.5625 + 1 = 1.25^2
    expect(account.size).toBe(0);
    expect(account.worstRelative).toBe(Number.POSITIVE_INFINITY);
    // allowance = ||W_0||^2 (a_0 alone: ||B|| = ||Y|| = ||H_0|| = 0), ratio = residual / (u K allowance).
    expect(account.allowance).toBe(1.5625);
    expect(account.ratio).toBe(2 ** 53 / (2 + 2 + 1 + 4));
    expect(account.worstStep).toBe(1);
  });

  it('with Z = 0 the alignment and its prediction are 0, not 0 / 0 or x / 0', () => {
    const account = new DiscreteIdentityAccount(y, b, eta);
    account.observe(new Float64Array(n * r), Float64Array.from(seededMatrix(r, m, 'values Wz').to1DArray()));
    expect([account.alignment, account.predictedAlignment]).toEqual([0, 0]);
    account.observe(new Float64Array(n * r), Float64Array.from(seededMatrix(r, m, 'values Wz2').to1DArray()));
    expect([account.alignment, account.predictedAlignment]).toEqual([0, 0]);
  });

  it('with B = 0 and Z != 0 the alignment and its prediction are 0', () => {
    const account = new DiscreteIdentityAccount(y, Matrix.zeros(n, r), eta);
    account.observe(...toArrays(seededMatrix(n, r, 'values Zb'), seededMatrix(r, m, 'values Wb')));
    expect([account.alignment, account.predictedAlignment]).toEqual([0, 0]);
  });

  it('sums the drift with compensation: small terms a naive sum would drop are kept', () => {
    // n = m = r = 1, B = 1, Y = 0, eta = 1: H_t = z_t w_t, the drift's terms are H_t^2 and
    // Q_t = 2 z_t - w_t^2, all exact in double. The terms 1, 2^-54, 2^-54, 2^-54, 2^-54: a naive sum
    // stays 1 (each 2^-54 is below half an ulp of 1), the exact sum is 1 + 2^-52, a double.
    const account = new DiscreteIdentityAccount(new Matrix([[0]]), new Matrix([[1]]), 1);
    const tiny = 2 ** -27;
    account.observe(Float64Array.from([1]), Float64Array.from([1])); // H_0 = 1, Q_0 = 1
    for (let t = 1; t <= 5; t++) account.observe(Float64Array.from([tiny]), Float64Array.from([1]));
    // At t = 5 the drift of steps 0..4 is 1 + 4 * 2^-54 = 1 + 2^-52.
    expect(account.drift).toBe(1 + 2 ** -52);
    // R_5 = Q_5 - Q_0 + drift = (2^-26 - 1) - 1 + 1 + 2^-52, every operation exact (naive: 1 - 2^-26).
    expect(account.residual).toBe(1 - 2 ** -26 - 2 ** -52);
    // size = ||B|| ||Z_5|| + ||W_5||^2 + drift, and the predicted alignment uses the same drift.
    expect(account.size).toBe(tiny + 1 + (1 + 2 ** -52));
    expect(account.predictedAlignment).toBe((1 + 1 - (1 + 2 ** -52)) / (2 * tiny));
  });

  it('sums each entry of the drift with compensation too (r = 2, off-diagonal terms)', () => {
    // B = I_2, Y = 0, eta = 1: H = Z W, Q = Z + Z^T - W W^T. With W = I, H = Z and the drift's
    // increments are Z Z^T: first [[1, 1], [1, 1]], then four times 2^-54 [[1, 1], [1, 1]].
    const eye = Matrix.eye(2);
    const account = new DiscreteIdentityAccount(Matrix.zeros(2, 2), eye, 1);
    const w = Float64Array.from([1, 0, 0, 1]);
    const z0 = Float64Array.from([1, 0, 1, 0]); // rows (1, 0), (1, 0): Z Z^T = all ones
    const tiny = 2 ** -27;
    const zt = Float64Array.from([tiny, 0, tiny, 0]);
    account.observe(z0, w); // Q_0 = Z_0 + Z_0^T - I = [[1, 1], [1, -1]]
    for (let t = 1; t <= 5; t++) account.observe(zt, w);
    // Q_5 = [[2 tiny - 1, tiny], [tiny, -1]], drift = (1 + 2^-52) [[1, 1], [1, 1]]; R_5 entry by entry:
    const d = 1 + 2 ** -52;
    const r11 = 2 * tiny - 1 - 1 + d;
    const r12 = tiny - 1 + d;
    const r22 = -1 + 1 + d;
    expect(account.residual).toBe(Math.sqrt(r11 * r11 + r12 * r12 + r12 * r12 + r22 * r22));
    expect(account.drift).toBe(2 * d);
  });
});
