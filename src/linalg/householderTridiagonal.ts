/** A symmetric tridiagonal matrix: its diagonal `d` and off-diagonal `e` (`e[i]` joins `i` and `i + 1`). @internal */
export interface Tridiagonal {
  readonly d: Float64Array;
  /** Length `p`; `e[p - 1]` is 0. */
  readonly e: Float64Array;
}

/**
 * Row `j` of the lower triangle (at `rj`) times `u` (at `ui`): returns `sum_{k <= j} A[j][k] u_k` and
 * adds `A[j][k] u_j` to `w[k]` for `k < j` (the upper triangle's share). Small, so V8 optimises it at once.
 */
function lowerRowProduct(a: Float64Array, rj: number, ui: number, w: Float64Array, j: number): number {
  const uj = a[ui + j];
  let acc = a[rj + j] * uj;
  for (let k = 0; k < j; k++) {
    const ajk = a[rj + k];
    acc += ajk * a[ui + k];
    w[k] += ajk * uj;
  }
  return acc;
}

/** Row `j` of the lower triangle less `u_j w^T + w_j u^T` (the symmetric rank-2 update). */
function lowerRowUpdate(a: Float64Array, rj: number, ui: number, w: Float64Array, j: number): void {
  const uj = a[ui + j];
  const wj = w[j];
  for (let k = 0; k <= j; k++) a[rj + k] -= uj * w[k] + wj * a[ui + k];
}

/**
 * Householder reduction of a symmetric `p x p` matrix to tridiagonal form, `Q^T A Q = T`, eigenvalues
 * only (`Q` is not formed): `tred2` of EISPACK (Martin, Reinsch & Wilkinson 1968) without its
 * accumulation. Row `i` of the lower triangle, from the last up, is scaled by the sum of its
 * magnitudes and reflected onto its last entry; the trailing block takes the symmetric rank-2 update
 * `A <- A - u w^T - w u^T`. Only the lower triangle is read or written, row by row (contiguous in
 * row-major storage), so the product `A u` accumulates both triangles from the rows. Backward stable:
 * `T` is similar to `A + E`, `||E||_2` a small multiple of `p eps ||A||_2`. Costs `4 p^3 / 3` flops.
 *
 * Kernel: no validation; overwrites `a` (row-major, only its lower triangle used).
 * @internal
 */
export function householderTridiagonal(a: Float64Array, p: number): Tridiagonal {
  const d = new Float64Array(p);
  const e = new Float64Array(p);
  // Scratch: A u, then w, for the current row's reflector.
  const w = new Float64Array(p);
  for (let i = p - 1; i > 0; i--) {
    const l = i - 1;
    const ri = i * p;
    let h = 0;
    if (l > 0) {
      let scale = 0;
      for (let k = 0; k <= l; k++) scale += Math.abs(a[ri + k]);
      if (scale === 0) e[l] = a[ri + l];
      else {
        // u = the row scaled, its last entry moved so that the reflection sends it to e[l].
        for (let k = 0; k <= l; k++) {
          a[ri + k] /= scale;
          h += a[ri + k] * a[ri + k];
        }
        const f = a[ri + l];
        const g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
        e[l] = scale * g;
        h -= f * g;
        a[ri + l] = f - g;
        // w = A u / h, from the lower triangle: row j gives (A u)_j and adds A[j][k] u_j to (A u)_k.
        w.fill(0, 0, i);
        for (let j = 0; j <= l; j++) w[j] += lowerRowProduct(a, j * p, ri, w, j);
        let uw = 0;
        for (let j = 0; j <= l; j++) {
          w[j] /= h;
          uw += w[j] * a[ri + j];
        }
        const hh = uw / (h + h);
        for (let j = 0; j <= l; j++) w[j] -= hh * a[ri + j];
        // A <- A - u w^T - w u^T on the lower triangle of the leading i x i block.
        for (let j = 0; j <= l; j++) lowerRowUpdate(a, j * p, ri, w, j);
      }
    } else e[l] = a[ri + l];
    // The reflection leaves A[i][i] where it was.
    d[i] = h;
  }
  for (let i = 0; i < p; i++) d[i] = a[i * p + i];
  return { d, e };
}
