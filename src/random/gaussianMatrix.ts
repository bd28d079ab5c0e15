/**
 * A `rows x cols` matrix, as nested rows (the case-file shape of {@link solve}), of i.i.d.
 * `sd * N(0, 1)` entries drawn row by row from `normal` (a seeded sampler: {@link gaussianSampler}).
 * The order of draws is part of the format, so a seed gives the same matrix everywhere.
 * @public
 */
export function gaussianMatrix(rows: number, cols: number, sd: number, normal: () => number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(sd * normal());
    out.push(row);
  }
  return out;
}
