import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { evaluation } from '../../src/claim/Claim.js';
import { CompensatedSum } from '../../src/precision/compensatedSum.js';
import { faLimitLossBound } from '../../src/precision/faLimitLossBound.js';
import { lossRecheck } from '../../src/precision/lossRecheck.js';
import { ROUNDING_ULPS, roundingAllowance } from '../../src/precision/roundingAllowance.js';
import { marginRecheck } from '../../src/precision/marginRecheck.js';
import { optimalLossBound } from '../../src/precision/optimalLossBound.js';
import { preciseResidualNormSquared } from '../../src/precision/preciseResidualNormSquared.js';

describe('CompensatedSum', () => {
  it('survives the cancellation that plain doubles lose', () => {
    expect(1e16 + 1 - 1e16).toBe(0);
    expect(new CompensatedSum().add(1e16).add(1).add(-1e16).value()).toBe(1);
  });

  it('carries the error of a product', () => {
    const a = 1 + 2 ** -30;
    // a * a = 1 + 2^-29 + 2^-60: the last term is lost in one double product.
    const s = new CompensatedSum()
      .addProduct(a, a)
      .add(-1)
      .add(-(2 ** -29));
    expect(s.value()).toBe(2 ** -60);
  });
});

describe('preciseResidualNormSquared', () => {
  it('resolves a loss far below ||Y||^2', () => {
    const y = new Matrix([[1e8, 1]]);
    const z = new Matrix([[1e8]]);
    const w = new Matrix([[1, 1 + 2 ** -40]]);
    // Z W - Y = [0, 2^-40 * 1e8 + ... ]: exact value (1e8 (1 + 2^-40) - 1)^2
    const exact = (1e8 * (1 + 2 ** -40) - 1) ** 2;
    expect(Math.abs(preciseResidualNormSquared(z, w, y) - exact) / exact).toBeLessThanOrEqual(1e-15);
  });
});

describe('rechecks', () => {
  const y = Matrix.diag([1, 0.5]);
  it('calls a clear violation genuine and a violation within the rounding bound rounding', () => {
    const z = new Matrix([[1], [0]]);
    const w = new Matrix([[1, 0]]);
    // loss 0.25 against target 0: a genuine violation of a 1e-8 tolerance.
    expect(lossRecheck(y, z, w, 0, 0, 1e-8).label).toBe('genuine');
    // The same loss against the right target, with a bound that swallows the tolerance: rounding.
    const r = lossRecheck(y, z, w, 0.25, 1e-6, 1e-8);
    expect(r.label).toBe('rounding');
    expect(r.quantities.loss.precise).toBe(0.25);
  });

  it('bounds the SVD-derived targets by a few ulps of ||Y||^2', () => {
    expect(optimalLossBound(y, 1)).toBeLessThanOrEqual(1e-13);
    expect(optimalLossBound(y, 1)).toBeGreaterThan(0);
    expect(faLimitLossBound(y, new Matrix([[0.6], [0.8]]))).toBeLessThanOrEqual(1e-12);
    expect(faLimitLossBound(y, new Matrix([[0], [0]]))).toBe(0);
  });

  it('marginRecheck needs the violation to clear the tolerance by more than 1024 ulp of the larger (NaN never genuine)', () => {
    expect(marginRecheck(evaluation(2, 1, {})).label).toBe('genuine');
    expect(marginRecheck(evaluation(1 + 1e-14, 1, {})).label).toBe('rounding');
    expect(marginRecheck(evaluation(Number.NaN, 1, {})).label).toBe('rounding');
    // Finding 2 of issue #11: 1.0000003e-8 against 1e-8 is 3e-7 relative, far beyond 1024 ulp of 1e-8.
    expect(marginRecheck(evaluation(1.0000003e-8, 1e-8, {})).label).toBe('genuine');
    expect(marginRecheck(evaluation(1e-8 * (1 + 1e-14), 1e-8, {})).label).toBe('rounding');
  });

  it('the rounding allowance is relative to the quantities compared', () => {
    expect(roundingAllowance(1e-8, 2e-8)).toBe(ROUNDING_ULPS * Number.EPSILON * 2e-8);
    expect(roundingAllowance(-3, 1)).toBe(ROUNDING_ULPS * Number.EPSILON * 3);
    expect(roundingAllowance(1, Number.NaN)).toBeNaN();
  });
});
