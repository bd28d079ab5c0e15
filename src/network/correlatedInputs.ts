import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { InputError } from '../linalg/InputError.js';
import { isotropicInputs } from './isotropicInputs.js';

/**
 * `N` inputs in `R^m` with a stated second-moment matrix: an `m x N` matrix `X` with
 * `X X^T / N = covariance` exactly up to rounding. Construction: isotropic inputs `X0`
 * ({@link isotropicInputs}, so `X0 X0^T / N = I`, already white), colored by the Cholesky factor
 * `L L^T = covariance`: `X = L X0`, whence `X X^T / N = L L^T`.
 *
 * `covariance` must be `m x m`, finite, symmetric (to `1e-12` relative; it is symmetrized before the
 * factorization) and positive definite. Needs `N >= m`. Same `(m, N, covariance, seed)`, same `X`.
 * @public
 */
export function correlatedInputs(m: number, N: number, covariance: Matrix, seed: string): Matrix {
  if (covariance.rows !== m || covariance.columns !== m) {
    throw new InputError('covariance', `${covariance.rows} x ${covariance.columns}`, `must be ${m} x ${m}`);
  }
  const c = covariance.to2DArray();
  if (!c.every((row) => row.every(Number.isFinite))) {
    throw new InputError('covariance', undefined, 'every entry must be finite');
  }
  const norm = covariance.norm('frobenius');
  const sym = new Matrix(m, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (Math.abs(c[i][j] - c[j][i]) > 1e-12 * norm) {
        throw new InputError(
          `covariance[${i}][${j}]`,
          c[i][j],
          `must equal covariance[${j}][${i}] = ${c[j][i]}`,
        );
      }
      sym.set(i, j, (c[i][j] + c[j][i]) / 2);
    }
  }
  const chol = new CholeskyDecomposition(sym);
  if (!chol.isPositiveDefinite()) throw new InputError('covariance', undefined, 'must be positive definite');
  return chol.lowerTriangularMatrix.mmul(isotropicInputs(m, N, seed));
}
