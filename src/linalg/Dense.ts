import { Matrix } from 'ml-matrix';

/**
 * A dense row-major matrix on a `Float64Array`: the storage every kernel works on.
 * Entry (i, j) is `data[i * cols + j]`.
 * @public
 */
export interface Dense {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A zero `rows x cols` matrix. @public */
export function zeros(rows: number, cols: number): Dense {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Copies an ml-matrix `Matrix` (or nested rows) into row-major storage. @public */
export function toDense(a: Matrix | ReadonlyArray<ReadonlyArray<number>>): Dense {
  const m = a instanceof Matrix ? a : new Matrix(a as number[][]);
  const out = zeros(m.rows, m.columns);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.columns; j++) out.data[i * m.columns + j] = m.get(i, j);
  }
  return out;
}

/** Copies row-major storage into an ml-matrix `Matrix`. @public */
export function toMatrix(a: Dense): Matrix {
  const m = new Matrix(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) m.set(i, j, a.data[i * a.cols + j]);
  }
  return m;
}

/** Nested rows of a dense matrix, for JSON. @public */
export function toRows(a: Dense): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < a.rows; i++) rows.push(Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
  return rows;
}
