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

/**
 * Row-major storage of an ml-matrix `Matrix` or of nested rows (a copy), or a {@link Dense} itself
 * (not copied). Nested rows are copied a row at a time (`Float64Array.set`), without going through
 * a `Matrix`: the solver's case files hold rows, up to 200 000 entries at 512 x 384, and a loop of
 * `Matrix.get` run once runs mostly unoptimised.
 * @public
 */
export function toDense(a: Matrix | Dense | ReadonlyArray<ReadonlyArray<number>>): Dense {
  if (!(a instanceof Matrix) && !Array.isArray(a)) return a as Dense;
  if (Array.isArray(a)) {
    const rows = a as ReadonlyArray<ReadonlyArray<number>>;
    const cols = rows.length === 0 ? 0 : rows[0].length;
    const out = zeros(rows.length, cols);
    rows.forEach((row, i) => out.data.set(row, i * cols));
    return out;
  }
  const m = a as Matrix;
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
