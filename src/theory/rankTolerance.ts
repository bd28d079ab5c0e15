/**
 * The numerical-rank threshold used throughout: singular values above
 * `max(rows, cols) * Number.EPSILON * s1` count (the LAPACK / numpy `matrix_rank` convention).
 * @public
 */
export function rankTolerance(rows: number, cols: number, s1: number): number {
  return Math.max(rows, cols) * Number.EPSILON * s1;
}
