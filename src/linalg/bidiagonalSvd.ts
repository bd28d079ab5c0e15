import type { Bidiagonal } from './householderBidiagonal.js';

/** QR sweeps allowed for one singular value: two or three are the rule (cubic convergence). */
const MAX_SWEEPS_PER_VALUE = 75;

/** The sweeps did not settle, or a rotation degenerated: the caller takes another SVD. @internal */
export class BidiagonalSvdFailed extends Error {
  constructor(size: number) {
    super(`the implicit QR iteration on a ${size} x ${size} bidiagonal matrix did not settle`);
    this.name = 'BidiagonalSvdFailed';
  }
}

/** Applies the rotation `[c s; -s c]` to columns `j` and `k` (length `len`, column-major) of `x`. */
function rotate(x: Float64Array, len: number, j: number, k: number, c: number, s: number): void {
  const cj = j * len;
  const ck = k * len;
  for (let i = 0; i < len; i++) {
    const t = c * x[cj + i] + s * x[ck + i];
    x[ck + i] = -s * x[cj + i] + c * x[ck + i];
    x[cj + i] = t;
  }
}

/** Swaps columns `j` and `j + 1` (length `len`, column-major) of `x`. */
function swapColumns(x: Float64Array, len: number, j: number): void {
  for (let i = 0; i < len; i++) {
    const t = x[j * len + i];
    x[j * len + i] = x[(j + 1) * len + i];
    x[(j + 1) * len + i] = t;
  }
}

/**
 * The singular values of an upper bidiagonal `q x q` matrix by the implicit-shift QR iteration of
 * Golub & Kahan (1965) as LINPACK's `dsvdc` and JAMA have it: split where an off-diagonal `e_k` is
 * negligible (`|e_k| <= tiny + eps (|s_k| + |s_{k+1}|)`), chase a zero diagonal entry out with
 * rotations, else take one QR sweep shifted by the eigenvalue of the trailing `2 x 2` block of
 * `B^T B` nearer its end; the rotations go into `U`'s and `V`'s columns when those are given
 * (`b.u`, `p x q`, and `b.v`, column-major). On return `b.s` holds the values, nonnegative and
 * largest first, and `U diag(s) V^T` is what `U B V^T` was.
 *
 * Bounded, unlike JAMA (and ml-matrix's port, which never returns on some rank-deficient inputs,
 * mljs/matrix issue #70): past {@link MAX_SWEEPS_PER_VALUE} sweeps on one value, a rotation of zero
 * length or a value that is not finite, it throws {@link BidiagonalSvdFailed}.
 *
 * Kernel: no validation; overwrites `b.s`, `b.e`, `b.u`, `b.v`.
 * @internal
 */
export function bidiagonalSvd(b: Bidiagonal, p: number): void {
  const { s, e, u, v } = b;
  const q = s.length;
  const eps = Number.EPSILON;
  const tiny = 2 ** -966;
  let top = q; // the values from top on have converged
  let sweeps = 0;
  while (top > 0) {
    // The largest k < top - 1 with e[k] negligible (-1 if none): B[k+1 .. top-1] is unreduced.
    let k = top - 2;
    for (; k >= 0; k--) {
      if (!(Math.abs(e[k]) > tiny + eps * (Math.abs(s[k]) + Math.abs(s[k + 1])))) {
        if (Number.isNaN(e[k])) throw new BidiagonalSvdFailed(q);
        e[k] = 0;
        break;
      }
    }
    let kase: 1 | 2 | 3 | 4;
    if (k === top - 2) kase = 4;
    else {
      let ks = top - 1;
      for (; ks > k; ks--) {
        const t = (ks !== top ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
        if (Math.abs(s[ks]) <= tiny + eps * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) kase = 3;
      else if (ks === top - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;
    if (kase === 1) {
      // s[top - 1] is negligible: chase e[top - 2] up and out with rotations from the right.
      let f = e[top - 2];
      e[top - 2] = 0;
      for (let j = top - 2; j >= k; j--) {
        const t = Math.hypot(s[j], f);
        if (t === 0) throw new BidiagonalSvdFailed(q);
        const cs = s[j] / t;
        const sn = f / t;
        s[j] = t;
        if (j !== k) {
          f = -sn * e[j - 1];
          e[j - 1] = cs * e[j - 1];
        }
        if (v !== null) rotate(v, q, j, top - 1, cs, sn);
      }
    } else if (kase === 2) {
      // s[k - 1] is negligible: split there, chasing e[k - 1] down with rotations from the left.
      let f = e[k - 1];
      e[k - 1] = 0;
      for (let j = k; j < top; j++) {
        const t = Math.hypot(s[j], f);
        if (t === 0) throw new BidiagonalSvdFailed(q);
        const cs = s[j] / t;
        const sn = f / t;
        s[j] = t;
        f = -sn * e[j];
        e[j] = cs * e[j];
        if (u !== null) rotate(u, p, j, k - 1, cs, sn);
      }
    } else if (kase === 3) {
      if (++sweeps > MAX_SWEEPS_PER_VALUE) throw new BidiagonalSvdFailed(q);
      qrSweep(s, e, u, v, p, q, k, top);
    } else {
      // Converged: make the value nonnegative and move it down to its place.
      if (s[k] <= 0) {
        s[k] = s[k] < 0 ? -s[k] : 0;
        if (v !== null) for (let i = 0; i < q; i++) v[k * q + i] = -v[k * q + i];
      }
      if (!Number.isFinite(s[k])) throw new BidiagonalSvdFailed(q);
      while (k < q - 1 && s[k] < s[k + 1]) {
        const t = s[k];
        s[k] = s[k + 1];
        s[k + 1] = t;
        if (v !== null) swapColumns(v, q, k);
        if (u !== null) swapColumns(u, p, k);
        k++;
      }
      sweeps = 0;
      top--;
    }
  }
}

/** One implicit QR sweep on the unreduced block `k .. top - 1`, shifted by its trailing `2 x 2` block. */
function qrSweep(
  s: Float64Array,
  e: Float64Array,
  u: Float64Array | null,
  v: Float64Array | null,
  p: number,
  q: number,
  k: number,
  top: number,
): void {
  const scale = Math.max(
    Math.abs(s[top - 1]),
    Math.abs(s[top - 2]),
    Math.abs(e[top - 2]),
    Math.abs(s[k]),
    Math.abs(e[k]),
  );
  const sp = s[top - 1] / scale;
  const spm1 = s[top - 2] / scale;
  const epm1 = e[top - 2] / scale;
  const sk = s[k] / scale;
  const ek = e[k] / scale;
  const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
  const c = sp * epm1 * (sp * epm1);
  let shift = 0;
  if (b !== 0 || c !== 0) {
    shift = Math.sqrt(b * b + c);
    if (b < 0) shift = -shift;
    shift = c / (b + shift);
  }
  let f = (sk + sp) * (sk - sp) + shift;
  let g = sk * ek;
  for (let j = k; j < top - 1; j++) {
    let t = Math.hypot(f, g);
    if (t === 0 || !Number.isFinite(t)) throw new BidiagonalSvdFailed(q);
    let cs = f / t;
    let sn = g / t;
    if (j !== k) e[j - 1] = t;
    f = cs * s[j] + sn * e[j];
    e[j] = cs * e[j] - sn * s[j];
    g = sn * s[j + 1];
    s[j + 1] = cs * s[j + 1];
    if (v !== null) rotate(v, q, j, j + 1, cs, sn);
    t = Math.hypot(f, g);
    if (t === 0 || !Number.isFinite(t)) throw new BidiagonalSvdFailed(q);
    cs = f / t;
    sn = g / t;
    s[j] = t;
    f = cs * e[j] + sn * s[j + 1];
    s[j + 1] = -sn * e[j] + cs * s[j + 1];
    g = sn * e[j + 1];
    e[j + 1] = cs * e[j + 1];
    if (u !== null && j < p - 1) rotate(u, p, j, j + 1, cs, sn);
  }
  e[top - 2] = f;
}
