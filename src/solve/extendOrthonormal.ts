import { Matrix } from 'ml-matrix';
import { orthogonalizeAgainst } from './orthogonalizeAgainst.js';

/**
 * Extends orthonormal columns `basis` (`n x k`) to an orthonormal basis of `span[basis, extra]`, where
 * `extra` holds `c` more columns (`n x c`, row-major). Each extra column is orthogonalised against the
 * basis so far by Gram–Schmidt applied twice ("twice is enough", Giraud et al. 2005) and
 * kept, normalised, when what remains exceeds `relTol` times its original norm; a column that is
 * (numerically) in the span already adds nothing. Returns an `n x d` matrix, `k <= d <= min(n, k + c)`.
 * @internal
 */
export function extendOrthonormal(basis: Matrix, extra: Float64Array, c: number, relTol: number): Matrix {
  const n = basis.rows;
  const columns: Float64Array[] = [];
  for (let j = 0; j < basis.columns; j++) columns.push(Float64Array.from(basis.getColumn(j)));
  const v = new Float64Array(n);
  for (let j = 0; j < c && columns.length < n; j++) {
    let original = 0;
    for (let i = 0; i < n; i++) {
      v[i] = extra[i * c + j];
      original += v[i] * v[i];
    }
    if (original === 0) continue;
    orthogonalizeAgainst(v, columns, n);
    const rest = orthogonalizeAgainst(v, columns, n); // twice is enough
    if (rest <= relTol * relTol * original) continue;
    const scale = 1 / Math.sqrt(rest);
    columns.push(v.map((x) => x * scale));
  }
  const out = new Matrix(n, columns.length);
  columns.forEach((q, j) => out.setColumn(j, Array.from(q)));
  return out;
}
