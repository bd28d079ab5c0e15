import { createKernelArena } from '../kernels/createKernelArena.js';
import type { Matrix } from 'ml-matrix';
import { toDense, type Dense } from '../linalg/Dense.js';
import { symmetricEigenvalues } from '../linalg/symmetricEigenvalues.js';

/**
 * Below this share of `||Y||_F^2`, a tail computed as `||Y||_F^2 - sum_{i <= r} s_i^2` may be mostly
 * rounding (see {@link optimalLossFromGram}): `null`, and the caller takes the full SVD.
 */
export const GRAM_TAIL_MIN = 2 ** -10;

/**
 * Copies `Y` (`n x m`, row-major) into `a` as `Y^T` when `tall`, else as it is; returns its largest
 * magnitude. Small, so that V8 optimises its loop at once.
 */
function copyScaled(y: Float64Array, a: Float64Array, n: number, m: number, tall: boolean): number {
  let big = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = y[i * m + j];
      a[tall ? j * n + i : i * m + j] = v;
      big = Math.max(big, Math.abs(v));
    }
  }
  return big;
}

/** Divides `a` by `big` in place; returns `||a||^2` afterwards. */
function scaleInPlace(a: Float64Array, big: number): number {
  let normSq = 0;
  for (let i = 0; i < a.length; i++) {
    a[i] /= big;
    normSq += a[i] * a[i];
  }
  return normSq;
}

/**
 * Eckart–Young from the top of the spectrum only: `L*(r) = ||Y||_F^2 - sum_{i <= r} s_i^2`, with
 * `s_i^2` the eigenvalues of the Gram matrix of the shorter side (`Y^T Y` or `Y Y^T`, `p x p` with
 * `p = min(n, m)`), by {@link symmetricEigenvalues}. Costs `n m p + 4 p^3 / 3` flops in all, against
 * some ten sweeps of `7 n m p` for the one-sided Jacobi SVD (25 ms against 1.25 s at 512 x 384).
 *
 * Accuracy: forming `G` and its eigenvalues moves each `s_i^2` by a small multiple of
 * `max(n, m) eps ||Y||_F^2` (backward error of the product and of the Householder/QL steps), so the
 * result is within about `r max(n, m) eps ||Y||_F^2` of `L*(r)`: rounding against `||Y||_F^2`, the
 * scale of every tolerance on a loss, but not against a tiny `L*(r)`. So when the computed tail is
 * below {@link GRAM_TAIL_MIN} `||Y||_F^2` (a target of rank about `r` or less) it returns `null`, and
 * the caller decomposes `Y` in full. Entries are scaled by the largest one first, so that no product
 * overflows or underflows. `r` must be below `min(n, m)` (at or above it, `L*(r) = 0`).
 * @internal
 */
export function optimalLossFromGram(yIn: Matrix | Dense, r: number): number | null {
  const y = toDense(yIn);
  const n = y.rows;
  const m = y.cols;
  const tall = n >= m;
  const p = tall ? m : n;
  const q = tall ? n : m;
  // A = Y^T (tall) or Y (wide), p x q row-major, divided by its largest entry; G = A A^T by the
  // WebAssembly kernel (compiled before its first call: a JavaScript product run once runs mostly
  // unoptimised, 25 ms of 30 at 512 x 384).
  const arena = createKernelArena(p * q + p * p, 'wasm');
  const a = arena.alloc(p * q);
  const big = copyScaled(y.data, a, n, m, tall);
  if (big === 0) return 0;
  const normSq = scaleInPlace(a, big);
  const g = arena.alloc(p * p);
  arena.kernels.syrkNT(a, g, p, q);
  const values = symmetricEigenvalues(g, p);
  let top = 0;
  for (let i = 0; i < r; i++) top += Math.max(values[i], 0);
  const tail = normSq - top;
  return tail >= GRAM_TAIL_MIN * normSq ? tail * big * big : null;
}
