import type { Matrix } from 'ml-matrix';
import { singularValues } from '../theory/singularValues.js';

/**
 * An error bound for the Eckart–Young loss `L*(r) = sum_{i > r} s_i^2` computed from an SVD: each
 * computed singular value is within `delta = 10 max(n, m) eps s1` of the exact one (backward stability
 * and Weyl's inequality), so `|dL*| <= sum_{i > r} (2 s_i delta + delta^2)`. Pure.
 * @internal
 */
export function optimalLossBound(y: Matrix, r: number): number {
  const s = singularValues(y);
  const delta = 10 * Math.max(y.rows, y.columns) * Number.EPSILON * (s[0] ?? 0);
  let bound = 0;
  for (let i = r; i < s.length; i++) bound += 2 * s[i] * delta + delta * delta;
  return bound;
}
