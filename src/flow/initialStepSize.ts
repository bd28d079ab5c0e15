import type { OdeRightHandSide } from './OdeRightHandSide.js';

/** Root-mean-square of `v_i / (atol + rtol |x_i|)`. */
function scaledNorm(v: Float64Array, x: Float64Array, rtol: number, atol: number): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const q = v[i] / (atol + rtol * Math.abs(x[i]));
    sum += q * q;
  }
  return v.length === 0 ? 0 : Math.sqrt(sum / v.length);
}

/**
 * The starting step size of Hairer, Nørsett & Wanner (*Solving ODEs I*, II.4, for order 5): a trial
 * explicit Euler step of size `h0 = 0.01 ||x0|| / ||f0||` (or `1e-6` when either is tiny), then
 * `h1 = (0.01 / max(||f0||, ||f1 - f0|| / h0))^(1/5)` and `min(100 h0, h1, hMax)`. Norms are scaled
 * by the mixed tolerance. `f0 = f(t0, x0)`; `x1` and `f1` are scratch buffers of the state's length.
 * Costs one evaluation of `f`. Never returns a non-positive or non-finite step (falls back to `1e-6`,
 * capped by `hMax`).
 * @internal
 */
export function initialStepSize(
  f: OdeRightHandSide,
  t0: number,
  x0: Float64Array,
  f0: Float64Array,
  rtol: number,
  atol: number,
  hMax: number,
  x1: Float64Array,
  f1: Float64Array,
): number {
  const d0 = scaledNorm(x0, x0, rtol, atol);
  const d1 = scaledNorm(f0, x0, rtol, atol);
  let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
  h0 = Math.min(h0, hMax);
  for (let i = 0; i < x0.length; i++) x1[i] = x0[i] + h0 * f0[i];
  f(t0 + h0, x1, f1);
  for (let i = 0; i < x0.length; i++) f1[i] -= f0[i]; // f1 - f0, in place
  const d2 = scaledNorm(f1, x0, rtol, atol) / h0;
  const big = Math.max(d1, d2);
  const h1 = big <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / big, 1 / 5);
  const h = Math.min(100 * h0, h1, hMax);
  return Number.isFinite(h) && h > 0 ? h : Math.min(1e-6, hMax);
}
