import { Matrix } from 'ml-matrix';
import { createKernelArena, type KernelKind } from '../kernels/createKernelArena.js';
import { distanceSquared } from '../kernels/distanceSquared.js';
import { toDense, type Dense } from '../linalg/Dense.js';
import { rankTolerance } from '../theory/rankTolerance.js';
import { extendOrthonormal } from './extendOrthonormal.js';
import { rangeBasis } from './rangeBasis.js';
import type { SubspaceReduction } from './reduceToSubspace.js';

/** `out = a^T` for a row-major `rows x cols` array `a` (small, so that V8 optimises it at once). */
function transposeInto(a: Float64Array, out: Float64Array, rows: number, cols: number): void {
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j];
}

/** `||Y - P V^T||_F^2` by one product into `scratch` (`n x m`, in the kernels' memory) and a sum. */
function projectionResidual(
  gemm: (a: Float64Array, b: Float64Array, c: Float64Array, p: number, q: number, s: number) => void,
  p: Float64Array,
  vT: Float64Array,
  y: Float64Array,
  n: number,
  m: number,
  d: number,
  scratch: Float64Array,
): number {
  gemm(p, vT, scratch, n, d, m);
  return distanceSquared(y, scratch, n * m);
}

/**
 * The exact reduction of a feedback-alignment run (`W <- W - eta B^T E` with `B` fixed), for any
 * target, however high its rank (docs/theory.md §Closed forms (5), §The feedback reduction).
 *
 * Rows. `W' = W - eta B^T (Z W - Y) = W - eta (B^T Z) W + eta B^T Y` adds to `W` only rows of
 * `(B^T Z) W` (in `row W`) and of `B^T Y`. So every row of every `W_t` lies in
 *
 *   R = row(W_0) + row(B^T Y)            (d2 = dim R <= 2r; <= r from zero).
 *
 * Columns. With `V_R` (`m x d2`) an orthonormal basis of `R`, `W = (W V_R) V_R^T`, so
 * `Z' = Z - eta (Z W - Y) W^T = Z - eta Z (W W^T) + eta (Y V_R) (V_R^T W^T)` adds to `Z` only columns
 * of `Z` and of `Y V_R`. So every column of every `Z_t` lies in
 *
 *   C = col(Z_0) + col(Y V_R)            (d1 = dim C <= d2 + r <= 3r; <= r from zero).
 *
 * The reduced run. Let `Q_C` (`n x d1`) be an orthonormal basis of `C`, `Z = Q_C z`, `W = w V_R^T`,
 * `y = Q_C^T Y V_R` (`d1 x d2`), `b = Q_C^T B` (`d1 x r`). Then, since `Y V_R = Q_C y` (`Y V_R` lies in
 * `C`) and `B^T Y = B^T Y V_R V_R^T` (`row(B^T Y)` lies in `R`),
 *
 *   (Z W - Y) W^T = Q_C (z w) w^T - (Y V_R) w^T = Q_C (z w - y) w^T,
 *   B^T (Z W - Y) = B^T Q_C z w V_R^T - B^T (Y V_R) V_R^T = (b^T z w - B^T Q_C y) V_R^T
 *                 = b^T (z w - y) V_R^T,
 *
 * so `z <- z - eta (z w - y) w^T`, `w <- w - eta b^T (z w - y)` is FA on `(y, b)`, lifted exactly by
 * `Z = Q_C z`, `W = w V_R^T`. The loss splits by Pythagoras (`Q_C y V_R^T` is the projection of `Y`
 * onto `C x R`, the cross term is `tr((z w - y)^T (Q_C^T Y V_R - y)) = 0`):
 *
 *   ||Z W - Y||_F^2 = ||z w - y||_F^2 + ||Y - Q_C y V_R^T||_F^2,
 *
 * the second term being `lossOffset`, computed directly (not as `||Y||^2 - ||y||^2`, which would lose
 * it to cancellation when it is small). The alignment is preserved too: `<Z, B> = <z, b>` and
 * `||Z||_F = ||z||_F`, but `||b||_F <= ||B||_F` (the part of `B` outside `C`), so the caller must keep
 * the full `||B||_F` for it. GD has no such reduction: its backward `Z^T Y` brings in all of `row Y`.
 *
 * Bases. `R` from Gram–Schmidt with column pivoting ({@link rangeBasis}) on the columns of
 * `(B^T Y)^T`, directions below `max(n, m) eps ||B^T Y||_F` left out (they are below the rounding of
 * `B^T Y` itself), then extended by the rows of `W_0` ({@link extendOrthonormal}); `C` the same on the
 * columns of `Y V_R` at `max(n, m) eps ||Y||_F`, extended by the columns of `Z_0`. Each basis is
 * orthonormal to about `max(n, m) eps` per column. Costs `n m (r + 2 d2)` multiply-adds for
 * `B^T Y`, `Y V_R` and the offset, plus `O((n + m) r^2)`: a few full steps. Never null.
 *
 * `kernels` says where every product and sum of squares runs: `js` (the default) or `wasm`, which
 * the solver takes when its run does (`solveDense`): a single large product in JavaScript runs mostly
 * unoptimised (V8 compiles a function's loops only after many iterations), about 25 ms of this
 * reduction's 30 at 256 x 192, where the WebAssembly kernels are compiled before their first call.
 * The two agree to rounding, not bit for bit. The reduced arrays returned are copies out of the arena.
 * @internal
 */
export function reduceForFeedback(
  y: Dense,
  r: number,
  z0: Float64Array,
  w0: Float64Array,
  b: Dense,
  kernels: KernelKind = 'js',
): SubspaceReduction {
  const n = y.rows;
  const m = y.cols;
  const relTol = Math.max(n, m) * Number.EPSILON;
  // Every product runs on the arena's kernels. What it holds, allocation by allocation below, with
  // d2 = dim R <= min(m, 2r) and d1 = dim C <= min(n, d2 + r):
  //   n x m: Y and the scratch of the offset;   n x r: B and Z_0;
  //   r x m: B^T Y, its transpose, W_0 and its transpose;   m x d2: V_R and V_R^T;
  //   n x d2: Y V_R and Q_C y;   n x d1: Q_C;   d1 x (d2 + 2r): y, z_0, b;   r x d2: w_0;   1: a sum.
  const d2Max = Math.min(m, 2 * r);
  const d1Max = Math.min(n, d2Max + r);
  const arena = createKernelArena(
    2 * n * m +
      2 * n * r +
      4 * r * m +
      2 * m * d2Max +
      2 * n * d2Max +
      n * d1Max +
      d1Max * (d2Max + 2 * r) +
      r * d2Max +
      1,
    kernels,
  );
  const k = arena.kernels;
  const ya = arena.alloc(n * m);
  ya.set(y.data.subarray(0, n * m));
  const ba = arena.alloc(n * r);
  ba.set(b.data.subarray(0, n * r));
  // B^T Y (r x m); its rows, as the columns of (B^T Y)^T (m x r), span row(B^T Y).
  const bty = arena.alloc(r * m);
  k.gemmTN(ba, ya, bty, r, n, m);
  const btyT = arena.alloc(m * r);
  transposeInto(bty, btyT, r, m);
  const sum = arena.alloc(1);
  k.dotInto(bty, bty, r * m, sum, 0);
  const rows = rangeBasis({ rows: m, cols: r, data: btyT }, relTol * Math.sqrt(sum[0]), Infinity);
  // The rows of W_0 are the columns of W_0^T (m x r).
  const w0a = arena.alloc(r * m);
  w0a.set(w0.subarray(0, r * m));
  const w0t = arena.alloc(m * r);
  transposeInto(w0a, w0t, r, m);
  const vr = extendOrthonormal(rows as Matrix, w0t, r, relTol); // rows is never null (no bound)
  const d2 = vr.columns;
  const vrData = arena.alloc(m * d2);
  vrData.set(toDense(vr).data); // m x d2
  // Y V_R (n x d2), whose columns with those of Z_0 span C.
  const yv = arena.alloc(n * d2);
  k.gemmNN(ya, vrData, yv, n, m, d2);
  k.dotInto(ya, ya, n * m, sum, 0);
  const cols = rangeBasis({ rows: n, cols: d2, data: yv }, rankTolerance(n, m, Math.sqrt(sum[0])), Infinity);
  const qc = extendOrthonormal(cols as Matrix, z0, r, relTol);
  const d1 = qc.columns;
  const qcData = arena.alloc(n * d1);
  qcData.set(toDense(qc).data); // n x d1
  // y = Q_C^T (Y V_R) (d1 x d2), z_0 = Q_C^T Z_0, b = Q_C^T B, w_0 = W_0 V_R.
  const reduced = arena.alloc(d1 * d2);
  k.gemmTN(qcData, yv, reduced, d1, n, d2);
  const z0a = arena.alloc(n * r);
  z0a.set(z0.subarray(0, n * r));
  const z0r = arena.alloc(d1 * r);
  k.gemmTN(qcData, z0a, z0r, d1, n, r);
  const br = arena.alloc(d1 * r);
  k.gemmTN(qcData, ba, br, d1, n, r);
  const w0r = arena.alloc(r * d2);
  k.gemmNN(w0a, vrData, w0r, r, m, d2);
  // ||Y - (Q_C y) V_R^T||_F^2, directly.
  const qy = arena.alloc(n * d2);
  k.gemmNN(qcData, reduced, qy, n, d1, d2);
  const vrT = arena.alloc(d2 * m);
  transposeInto(vrData, vrT, m, d2);
  const lossOffset = projectionResidual(k.gemmNN, qy, vrT, ya, n, m, d2, arena.alloc(n * m));
  return {
    qz: qc,
    qw: vr,
    // Copies out of the arena, which can then be collected with its instance.
    y: { rows: d1, cols: d2, data: reduced.slice() },
    z0: { rows: d1, cols: r, data: z0r.slice() },
    w0: { rows: r, cols: d2, data: w0r.slice() },
    b: { rows: d1, cols: r, data: br.slice() },
    lossOffset,
  };
}
