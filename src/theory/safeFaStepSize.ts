import type { Matrix } from 'ml-matrix';
import { singularValues } from './singularValues.js';

/** The FA step factor `c` of the safe step size: the one place it is written. @public */
export const FA_STEP = 0.4;

/**
 * The "safe step size" of FA: `eta = c (s_1(Y) ||B||_2)^{-2/3}`, default `c = 0.4`.
 *
 * Why this scale: FA from zero keeps `B^T Z + Z^T B ~ W W^T` (the flow invariant), so at its limit
 * `W ~ (||B|| s_1)^{1/3}`, `Z ~ s_1 / W`, and the linearised loss contracts at rate
 * `lambda ~ ||W||^2 + ||Z|| ||B|| ~ (s_1 ||B||)^{2/3}` (for `r = 1` exactly `1.5 (2 b s_1)^{2/3}`).
 * A step is stable when `eta lambda < 2`; `c = 0.4` keeps `eta lambda` near 0.95 in the scalar case.
 * `||B||_2` is floored at 0.1 so that a degenerate feedback gets a finite step.
 * @public
 */
export function safeFaStepSize(s1: number, b: Matrix, scale = FA_STEP): number {
  const bNorm = Math.max(singularValues(b)[0] ?? 0, 0.1);
  return scale * Math.pow(s1 * bNorm, -2 / 3);
}
