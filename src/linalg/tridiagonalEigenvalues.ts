import type { Tridiagonal } from './householderTridiagonal.js';

/** Thrown when the QL sweeps for one eigenvalue run out: reported rather than looped on. @internal */
export class EigenvaluesNotConvergedError extends Error {
  constructor(size: number) {
    super(`the eigenvalues of a ${size} x ${size} tridiagonal matrix did not converge`);
    this.name = 'EigenvaluesNotConvergedError';
  }
}

/** Iterations allowed for one eigenvalue: EISPACK's bound; two or three are the rule. */
const MAX_ITERATIONS = 30;

/**
 * One implicit QL sweep on the unreduced block `l .. m` with Wilkinson's shift (the eigenvalue of the
 * leading 2 x 2 block nearer `d[l]`), chasing the bulge up with plane rotations; a rotation of zero
 * length splits the block instead (deflating there). A function of its own, so that V8 optimises it
 * after a few calls rather than running the first matrices' sweeps unoptimised.
 */
function qlSweep(d: Float64Array, e: Float64Array, l: number, m: number): void {
  let g = (d[l + 1] - d[l]) / (2 * e[l]);
  let r = Math.hypot(g, 1);
  g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
  let s = 1;
  let c = 1;
  let shift = 0;
  for (let i = m - 1; i >= l; i--) {
    const f = s * e[i];
    const b = c * e[i];
    r = Math.hypot(f, g);
    e[i + 1] = r;
    if (r === 0) {
      // An underflowed rotation: the matrix splits here; deflate and start again.
      d[i + 1] -= shift;
      e[m] = 0;
      return;
    }
    s = f / r;
    c = g / r;
    g = d[i + 1] - shift;
    r = (d[i] - g) * s + 2 * c * b;
    shift = s * r;
    d[i + 1] = g + shift;
    g = c * r - b;
  }
  d[l] -= shift;
  e[l] = g;
  e[m] = 0;
}

/**
 * The eigenvalues of a symmetric tridiagonal matrix, largest first, by the implicit QL algorithm with
 * Wilkinson's shift (`tql1` of EISPACK; Bowdler, Martin, Reinsch & Wilkinson 1968): an off-diagonal
 * entry counts as zero once `|e_m| <= eps (|d_m| + |d_{m+1}|)` or `|e_m| <= eps max_i (|d_i| + |e_i|)`
 * (the second, EISPACK's, deflates among eigenvalues at rounding level), and each sweep chases the bulge of a
 * shifted QL step with plane rotations. Converges cubically; bounded: past {@link MAX_ITERATIONS}
 * sweeps for one eigenvalue it throws rather than loops (never seen). Backward stable: each eigenvalue
 * within a small multiple of `eps ||T||_2`. Costs `O(p^2)`.
 *
 * Kernel: no validation; overwrites `t.d` and `t.e`.
 * @internal
 */
export function tridiagonalEigenvalues(t: Tridiagonal): Float64Array {
  const { d, e } = t;
  const p = d.length;
  // The matrix's scale, as EISPACK's tst1 and JAMA's tql2 take it: an off-diagonal entry below eps times
  // it is negligible whatever its neighbours. The local test alone never fires between eigenvalues
  // that are all at rounding level (a Gram matrix of low rank: many zeros), and the sweeps run out.
  let scale = 0;
  for (let i = 0; i < p; i++) scale = Math.max(scale, Math.abs(d[i]) + Math.abs(e[i]));
  const negligible = Number.EPSILON * scale;
  for (let l = 0; l < p; l++) {
    let iterations = 0;
    for (;;) {
      let m = l;
      for (; m < p - 1; m++) {
        const local = Number.EPSILON * (Math.abs(d[m]) + Math.abs(d[m + 1]));
        if (Math.abs(e[m]) <= Math.max(local, negligible)) break;
      }
      if (m === l) break;
      if (++iterations > MAX_ITERATIONS) {
        throw new EigenvaluesNotConvergedError(p);
      }
      qlSweep(d, e, l, m);
    }
  }
  return Float64Array.from(d).sort().reverse();
}
