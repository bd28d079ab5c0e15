import { Matrix, QrDecomposition } from 'ml-matrix';

/**
 * An `n x k` matrix with orthonormal columns, built from shrinkable parts: the Q factor of
 * `I_{n,k} + G`, where `G` is read row-major from `g` (`n x k` entries at stride `stride`). As `G`
 * shrinks to zero the frame shrinks to the first `k` coordinate axes. Column signs are fixed so that
 * the diagonal of R is positive, which makes the frame a pure function of `g`.
 * @public
 */
export function orthonormalFrame(n: number, k: number, g: readonly number[], stride: number): Matrix {
  const a = new Matrix(n, k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) a.set(i, j, (i === j ? 1 : 0) + g[i * stride + j]);
  }
  const qr = new QrDecomposition(a);
  const q = qr.orthogonalMatrix.subMatrix(0, n - 1, 0, k - 1);
  const r = qr.upperTriangularMatrix;
  for (let j = 0; j < k; j++) {
    if (r.get(j, j) < 0) for (let i = 0; i < n; i++) q.set(i, j, -q.get(i, j));
  }
  return q;
}
