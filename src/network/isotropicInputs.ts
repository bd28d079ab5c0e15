import { Matrix, QrDecomposition } from 'ml-matrix';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { seededUniform } from '../random/seededUniform.js';
import { InputError } from '../linalg/InputError.js';

/**
 * `N` isotropic inputs in `R^m`, as the columns of an `m x N` matrix `X` with `X X^T / N = I_m`
 * exactly up to rounding (about `1e-15` per entry). Construction: draw a Gaussian `N x m` matrix `G`
 * (row-major, `N(0, 1)` entries from `seedrandom(seed)` through Box–Muller), take the thin Householder
 * QR `G = Q R` (`Q` is `N x m` with orthonormal columns) and set `X = sqrt(N) Q^T`. Needs `N >= m`.
 * The same `(m, N, seed)` gives the same `X` everywhere.
 * @public
 */
export function isotropicInputs(m: number, N: number, seed: string): Matrix {
  if (!Number.isInteger(m) || m < 1) throw new InputError('m', m, 'must be an integer >= 1');
  if (!Number.isInteger(N) || N < m) throw new InputError('N', N, `must be an integer >= m = ${m}`);
  const normal = gaussianSampler(seededUniform(seed));
  const g = new Matrix(N, m);
  for (let i = 0; i < N; i++) for (let j = 0; j < m; j++) g.set(i, j, normal());
  const q = new QrDecomposition(g).orthogonalMatrix; // N x m, Q^T Q = I_m
  return q.transpose().mul(Math.sqrt(N));
}
