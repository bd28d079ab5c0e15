import { Matrix, SingularValueDecomposition } from 'ml-matrix';

/** Singular values of `a`, largest first, from ml-matrix's SVD. @public */
export function singularValues(a: Matrix): number[] {
  if (a.rows === 0 || a.columns === 0) return [];
  const svd = new SingularValueDecomposition(a, {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
    autoTranspose: true,
  });
  return [...svd.diagonal].sort((x, y) => y - x);
}
