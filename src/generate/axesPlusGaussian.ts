import { Matrix } from 'ml-matrix';

/**
 * `scale * (I_{rows,cols} + G)`, with `G` read row-major from `g` at stride `stride`: a matrix in
 * general position that shrinks (as `G` shrinks to zero) to scaled coordinate axes rather than to the
 * degenerate zero matrix. Pure.
 * @public
 */
export function axesPlusGaussian(
  rows: number,
  cols: number,
  g: readonly number[],
  stride: number,
  scale: number,
): Matrix {
  const a = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) a.set(i, j, scale * ((i === j ? 1 : 0) + g[i * stride + j]));
  }
  return a;
}
