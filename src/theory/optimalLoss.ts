import type { Matrix } from 'ml-matrix';
import { toMatrix, type Dense } from '../linalg/Dense.js';
import { EigenvaluesNotConvergedError } from '../linalg/tridiagonalEigenvalues.js';
import { optimalLossFromGram } from './optimalLossFromGram.js';
import { optimalLossFromSpectrum } from './optimalLossFromSpectrum.js';
import { singularValues } from './singularValues.js';

/**
 * From this shorter side on, {@link optimalLoss} takes the top of the spectrum from the Gram matrix
 * ({@link optimalLossFromGram}); below it, the full Jacobi SVD costs little (a few ms at 64 x 64).
 */
export const GRAM_MIN_SIDE = 64;

/**
 * Eckart–Young: the least `||Z W - Y||_F^2` over `Z` (n x r), `W` (r x m) is `L*(r) = sum_{i > r} s_i^2`,
 * zero when `r >= rank(Y)`. On sides of {@link GRAM_MIN_SIDE} and more, as `||Y||_F^2` minus the top
 * `r` values from the Gram matrix (to rounding against `||Y||_F^2`; where that tail is too small to
 * trust, or where its QL iteration runs out, from every singular value as below); else the sum of
 * the tail of {@link singularValues}. `Y` may be an ml-matrix matrix or row-major {@link Dense} storage.
 * @public
 */
export function optimalLoss(y: Matrix, r: number): number;
/** The same on row-major storage. */
export function optimalLoss(y: Dense, r: number): number;
export function optimalLoss(y: Matrix | Dense, r: number): number {
  const dense = 'cols' in y;
  const rows = y.rows;
  const cols = dense ? y.cols : y.columns;
  if (r >= Math.min(rows, cols)) return 0;
  if (Math.min(rows, cols) >= GRAM_MIN_SIDE) {
    let fast: number | null = null;
    try {
      fast = optimalLossFromGram(y, r);
    } catch (e) {
      // QL sweeps that run out (bounded; see tridiagonalEigenvalues): the full SVD instead.
      if (!(e instanceof EigenvaluesNotConvergedError)) throw e;
    }
    if (fast !== null) return fast;
  }
  return optimalLossFromSpectrum(singularValues(dense ? toMatrix(y) : y), r);
}
