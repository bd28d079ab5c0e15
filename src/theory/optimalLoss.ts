import type { Matrix } from 'ml-matrix';
import { optimalLossFromSpectrum } from './optimalLossFromSpectrum.js';
import { singularValues } from './singularValues.js';

/**
 * Eckart–Young: the least `||Z W - Y||_F^2` over `Z` (n x r), `W` (r x m) is `L*(r) = sum_{i > r} s_i^2`,
 * zero when `r >= rank(Y)`.
 * @public
 */
export function optimalLoss(y: Matrix, r: number): number {
  return optimalLossFromSpectrum(singularValues(y), r);
}
