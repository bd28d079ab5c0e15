import { describe, expect, it } from 'vitest';
import { optimalLoss } from '../../src/theory/optimalLoss.js';
import { GRAM_TAIL_MIN, optimalLossFromGram } from '../../src/theory/optimalLossFromGram.js';
import { optimalLossFromSpectrum } from '../../src/theory/optimalLossFromSpectrum.js';
import { singularValues } from '../../src/theory/singularValues.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

/** `L*(r)` from every singular value of the one-sided Jacobi SVD: the reference. */
const fromJacobi = (y: Parameters<typeof singularValues>[0], r: number): number =>
  optimalLossFromSpectrum(singularValues(y), r);

describe('optimalLossFromGram: ||Y||^2 minus the top r eigenvalues of the Gram matrix', () => {
  it('agrees with the Jacobi SVD to rounding on noisy low-rank targets, tall and wide', () => {
    for (const [n, m, r] of [
      [96, 64, 8],
      [64, 96, 8],
      [70, 70, 1],
      [80, 66, 40],
    ]) {
      const y = seededLowRank(n, m, r, `gram/${n}x${m}`).add(seededMatrix(n, m, `gram/noise/${n}`, 0.01));
      const expected = fromJacobi(y, r);
      const fast = optimalLossFromGram(y, r);
      expect(fast, `${n} x ${m}, r = ${r}`).not.toBeNull();
      expect(Math.abs((fast as number) - expected)).toBeLessThanOrEqual(1e-13 * expected);
      // optimalLoss takes this path from GRAM_MIN_SIDE on.
      expect(optimalLoss(y, r)).toBe(fast);
    }
  });

  it('scales: no overflow or underflow at entries of 1e150 and 1e-150', () => {
    const y = seededMatrix(72, 64, 'gram/scaled');
    const expected = fromJacobi(y, 5);
    for (const scale of [1e150, 1e-150]) {
      const fast = optimalLossFromGram(y.clone().mul(scale), 5) as number;
      expect(Math.abs(fast / (scale * scale) - expected)).toBeLessThanOrEqual(1e-13 * expected);
    }
    expect(optimalLossFromGram(y.clone().mul(0), 5)).toBe(0);
  });

  it('gives up (null) where the tail is below GRAM_TAIL_MIN of ||Y||^2, and optimalLoss then takes the full SVD', () => {
    // Rank 6 plus a floor far below 2^-10 of ||Y||^2: the tail after r = 6 is mostly that floor.
    const y = seededLowRank(80, 64, 6, 'gram/low').add(seededMatrix(80, 64, 'gram/low/noise', 1e-9));
    expect(fromJacobi(y, 6)).toBeLessThan(GRAM_TAIL_MIN * y.norm('frobenius') ** 2);
    expect(optimalLossFromGram(y, 6)).toBeNull();
    expect(optimalLoss(y, 6)).toBe(fromJacobi(y, 6));
    // An exactly low-rank target with r at its rank: L* at rounding level, from the full SVD.
    const exact = seededLowRank(64, 64, 4, 'gram/exact');
    expect(optimalLossFromGram(exact, 4)).toBeNull();
    expect(optimalLoss(exact, 4)).toBe(fromJacobi(exact, 4));
    expect(optimalLoss(exact, 4)).toBeLessThanOrEqual(1e-28);
  });

  it('r = 0 gives ||Y||_F^2; r >= min(n, m) gives 0 without decomposing', () => {
    const y = seededMatrix(64, 70, 'gram/ends');
    const normSq = y.norm('frobenius') ** 2;
    expect(Math.abs((optimalLossFromGram(y, 0) as number) - normSq)).toBeLessThanOrEqual(1e-14 * normSq);
    expect(optimalLoss(y, 64)).toBe(0);
    expect(optimalLoss(y, 100)).toBe(0);
  });
});
