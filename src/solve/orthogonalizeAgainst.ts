/**
 * Removes from `v` (length `p`) its components along each of the orthonormal vectors `basis`, one
 * after the other (modified Gram–Schmidt: `v <- v - <u, v> u`), and returns the squared norm of what
 * is left. Kernel: no validation, no allocation; `v` is overwritten.
 * @internal
 */
export function orthogonalizeAgainst(v: Float64Array, basis: readonly Float64Array[], p: number): number {
  for (const u of basis) {
    let d = 0;
    for (let i = 0; i < p; i++) d += u[i] * v[i];
    for (let i = 0; i < p; i++) v[i] -= d * u[i];
  }
  let rest = 0;
  for (let i = 0; i < p; i++) rest += v[i] * v[i];
  return rest;
}
