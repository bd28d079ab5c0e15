import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { DiscreteIdentityAccount } from '../../src/theory/discreteIdentityAccount.js';
import { seededMatrix } from '../_support/seededMatrix.js';

/** Plain FA steps in double, from (Z0, W0): the iterates Z_0 ... Z_T and W_0 ... W_T. */
function faRun(y: Matrix, b: Matrix, eta: number, z0: Matrix, w0: Matrix, steps: number): [Matrix, Matrix][] {
  const out: [Matrix, Matrix][] = [[z0, w0]];
  let [z, w] = [z0, w0];
  for (let t = 0; t < steps; t++) {
    const e = z.mmul(w).sub(y);
    [z, w] = [z.clone().sub(e.mmul(w.transpose()).mul(eta)), w.clone().sub(b.transpose().mmul(e).mul(eta))];
    out.push([z, w]);
  }
  return out;
}

const Y = seededMatrix(6, 5, 'identity Y', 0.5);
const B = seededMatrix(6, 3, 'identity B', 0.4);
const Z0 = seededMatrix(6, 3, 'identity Z0', 0.01);
const W0 = seededMatrix(3, 5, 'identity W0', 0.01);

const observeAll = (account: DiscreteIdentityAccount, run: [Matrix, Matrix][]): void => {
  for (const [z, w] of run)
    account.observe(Float64Array.from(z.to1DArray()), Float64Array.from(w.to1DArray()));
};

describe('DiscreteIdentityAccount', () => {
  it('finds the identity of closed form (4) along FA to rounding, within its allowance, from a nonzero start', () => {
    const account = new DiscreteIdentityAccount(Y, B, 0.1);
    observeAll(account, faRun(Y, B, 0.1, Z0, W0, 300));
    expect(account.observed).toBe(301);
    expect(account.worstRelative).toBeLessThanOrEqual(1e-13);
    expect(account.worstRatio).toBeLessThanOrEqual(1);
    expect(account.worstRatio).toBeGreaterThan(0); // rounding is there, and measured
    // The trace of the identity: the alignment the account predicts is the one measured.
    expect(Math.abs(account.alignment - account.predictedAlignment)).toBeLessThanOrEqual(1e-12);
    expect(account.drift).toBeGreaterThan(0);
  });

  it('sees a run of another step size: the identity holds for the run own eta only', () => {
    const account = new DiscreteIdentityAccount(Y, B, 0.1);
    observeAll(account, faRun(Y, B, 0.11, Z0, W0, 20));
    expect(account.worstRatio).toBeGreaterThanOrEqual(1e6);
    expect(account.worstRelative).toBeGreaterThanOrEqual(1e-6);
  });

  it('counts nothing at the start, and a NaN iterate makes the worst ratio NaN (never within the allowance)', () => {
    const account = new DiscreteIdentityAccount(Y, B, 0.1);
    observeAll(account, faRun(Y, B, 0.1, Z0, W0, 0));
    expect([account.residual, account.ratio, account.worstRatio]).toEqual([0, 0, 0]);
    account.observe(new Float64Array(18).fill(Number.NaN), new Float64Array(15));
    expect(account.worstRatio <= 1).toBe(false);
  });
});
