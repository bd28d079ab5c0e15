/**
 * An upper bidiagonal matrix and, when asked for, the orthonormal factors that carry `A` to it:
 * `A = U B V^T` with `B` diagonal `s`, superdiagonal `e` (`e[k]` joins `k` and `k + 1`).
 * @internal
 */
export interface Bidiagonal {
  readonly s: Float64Array;
  /** Length `q`; `e[q - 1]` is 0. */
  readonly e: Float64Array;
  /** `U` (`p x q`, column-major: entry `(i, j)` at `j p + i`), or null. */
  readonly u: Float64Array | null;
  /** `V` (`q x q`, column-major), or null. */
  readonly v: Float64Array | null;
}

/**
 * A column or row part this short (the matrix is scaled so that its largest entry is 1) is taken as
 * zero and not reflected: dividing by a norm near the underflow threshold leaves a reflector that is
 * not orthogonal (a 30 x 31 rank-one feedback, whose parts shrink geometrically to 1e-300, gave a `U`
 * with a column of norm 4.6). Dropping such a part is a backward error far below `eps`.
 */
const NEGLIGIBLE = 2 ** -600;

/** `sum_i x[i + from] y[i + to]` over `len` entries (small, so that V8 optimises it at once). */
function dotAt(x: Float64Array, from: number, y: Float64Array, to: number, len: number): number {
  let acc = 0;
  for (let i = 0; i < len; i++) acc += x[from + i] * y[to + i];
  return acc;
}

/** `y[i + to] += t x[i + from]` over `len` entries. */
function axpyAt(t: number, x: Float64Array, from: number, y: Float64Array, to: number, len: number): void {
  for (let i = 0; i < len; i++) y[to + i] += t * x[from + i];
}

/**
 * Householder bidiagonalisation of a `p x q` matrix, `p >= q`, stored column-major (entry `(i, j)` at
 * `a[j p + i]`, so every column operation below walks contiguous memory): reflectors from the left
 * zero each column below the diagonal, from the right each row beyond the superdiagonal (Golub &
 * Kahan 1965; the first phase of LINPACK's `dsvdc` and JAMA's `SingularValueDecomposition`, whose
 * conventions this follows). With `vectors`, `U` (thin, `p x q`) and `V` are accumulated from the
 * stored reflectors. Backward stable: `B` is exactly bidiagonal for `A + E`, `||E||_F` a small multiple
 * of `q eps ||A||_F`. Costs `4 p q^2 - 4 q^3 / 3` flops, twice that with the vectors.
 *
 * Kernel: no validation; overwrites `a`.
 * @internal
 */
export function householderBidiagonal(a: Float64Array, p: number, q: number, vectors: boolean): Bidiagonal {
  const s = new Float64Array(q);
  const e = new Float64Array(q);
  const work = new Float64Array(p);
  const nct = Math.min(p - 1, q);
  const nrt = Math.max(0, Math.min(q - 2, p));
  const u = vectors ? new Float64Array(p * q) : null;
  const v = vectors ? new Float64Array(q * q) : null;
  for (let k = 0; k < Math.max(nct, nrt); k++) {
    const ck = k * p;
    if (k < nct) {
      // The reflector that sends column k (from row k down) to s[k] e_k.
      let norm = 0;
      for (let i = k; i < p; i++) norm = Math.hypot(norm, a[ck + i]);
      if (norm <= NEGLIGIBLE) {
        a.fill(0, ck + k, ck + p);
        norm = 0;
      } else {
        if (a[ck + k] < 0) norm = -norm;
        for (let i = k; i < p; i++) a[ck + i] /= norm;
        a[ck + k] += 1;
      }
      s[k] = -norm;
    }
    for (let j = k + 1; j < q; j++) {
      const cj = j * p;
      if (k < nct && s[k] !== 0) {
        const t = -dotAt(a, ck + k, a, cj + k, p - k) / a[ck + k];
        axpyAt(t, a, ck + k, a, cj + k, p - k);
      }
      e[j] = a[cj + k]; // row k, to the right of the diagonal
    }
    if (u !== null && k < nct) for (let i = k; i < p; i++) u[ck + i] = a[ck + i];
    if (k < nrt) {
      // The reflector that sends row k (from column k + 1 on) to e[k] e_{k+1}.
      let norm = 0;
      for (let i = k + 1; i < q; i++) norm = Math.hypot(norm, e[i]);
      if (norm <= NEGLIGIBLE) {
        e.fill(0, k + 1, q);
        norm = 0;
      } else {
        if (e[k + 1] < 0) norm = -norm;
        for (let i = k + 1; i < q; i++) e[i] /= norm;
        e[k + 1] += 1;
      }
      e[k] = -norm;
      if (k + 1 < p && e[k] !== 0) {
        work.fill(0, k + 1, p);
        for (let j = k + 1; j < q; j++) axpyAt(e[j], a, j * p + k + 1, work, k + 1, p - k - 1);
        for (let j = k + 1; j < q; j++) axpyAt(-e[j] / e[k + 1], work, k + 1, a, j * p + k + 1, p - k - 1);
      }
      if (v !== null) for (let i = k + 1; i < q; i++) v[k * q + i] = e[i];
    }
  }
  if (nct < q) s[nct] = a[nct * p + nct];
  if (nrt + 1 < q) e[nrt] = a[(q - 1) * p + nrt];
  e[q - 1] = 0;
  if (u !== null) accumulateLeft(u, s, p, q, nct);
  if (v !== null) accumulateRight(v, e, q, nrt);
  return { s, e, u, v };
}

/** `U` from the left reflectors stored in its columns (LINPACK's back-accumulation). */
function accumulateLeft(u: Float64Array, s: Float64Array, p: number, q: number, nct: number): void {
  for (let j = nct; j < q; j++) {
    u.fill(0, j * p, (j + 1) * p);
    u[j * p + j] = 1;
  }
  for (let k = nct - 1; k >= 0; k--) {
    const ck = k * p;
    if (s[k] !== 0) {
      for (let j = k + 1; j < q; j++) {
        const cj = j * p;
        const t = -dotAt(u, ck + k, u, cj + k, p - k) / u[ck + k];
        axpyAt(t, u, ck + k, u, cj + k, p - k);
      }
      for (let i = k; i < p; i++) u[ck + i] = -u[ck + i];
      u[ck + k] += 1;
      u.fill(0, ck, ck + k);
    } else {
      u.fill(0, ck, ck + p);
      u[ck + k] = 1;
    }
  }
}

/** `V` from the right reflectors stored in its columns. */
function accumulateRight(v: Float64Array, e: Float64Array, q: number, nrt: number): void {
  for (let k = q - 1; k >= 0; k--) {
    const ck = k * q;
    if (k < nrt && e[k] !== 0) {
      for (let j = k + 1; j < q; j++) {
        const cj = j * q;
        const t = -dotAt(v, ck + k + 1, v, cj + k + 1, q - k - 1) / v[ck + k + 1];
        axpyAt(t, v, ck + k + 1, v, cj + k + 1, q - k - 1);
      }
    }
    v.fill(0, ck, ck + q);
    v[ck + k] = 1;
  }
}
