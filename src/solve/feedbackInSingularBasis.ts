import { Matrix } from 'ml-matrix';
import { createKernelArena } from '../kernels/createKernelArena.js';
import { oneOffKernelKind } from '../kernels/oneOffKernelKind.js';
import { toDense } from '../linalg/Dense.js';
import type { SubspaceReduction } from './reduceToSubspace.js';
import { reduceToSingularBasis } from './reduceToSingularBasis.js';

/**
 * `a b` for orthonormal bases (`a`: `p x q`, `b`: `q x s`) on the dense kernels: a product of ml-matrix
 * run once runs mostly unoptimised (`256 x 48` by `48 x 48`: most of this function's 30 ms, profiled).
 */
function product(a: Matrix, b: Matrix): Matrix {
  const [p, q, s] = [a.rows, a.columns, b.columns];
  const arena = createKernelArena(p * q + q * s + p * s, oneOffKernelKind(p * q * s));
  const ad = arena.alloc(p * q);
  ad.set(toDense(a).data);
  const bd = arena.alloc(q * s);
  bd.set(toDense(b).data);
  const c = arena.alloc(p * s);
  arena.kernels.gemmNN(ad, bd, c, p, q, s);
  return new Matrix(Array.from({ length: p }, (_, i) => c.subarray(i * s, (i + 1) * s)));
}

/**
 * A feedback reduction ({@link reduceForFeedback}) written once more in the singular bases of its own
 * reduced target `y` (`d1 x d2`), so that the target the loop sees is diagonal.
 *
 * In the reduced coordinates FA keeps `z` in `col(z_0) + col(y)` (`(z w - y) w^T = z (w w^T) - y w^T`)
 * and `w` in `row(w_0) + row(y)` (`b^T (z w - y)` adds rows of `b^T z w`, in `row w`, and of
 * `b^T y`, in `row y`), and `b` enters only through `b^T (z w - y)`, whose columns lie in the first.
 * So with `y = U diag(s) V^T`, `Q_z = [U, z_0 completed]`, `Q_w = [V, w_0^T completed]`
 * ({@link reduceToSingularBasis}: the same construction GD's run on the full target uses), FA on
 * `(Q_z^T y Q_w = diag(s) padded, Q_z^T b)` from `(Q_z^T z_0, w_0 Q_w)` is the reduced run rotated,
 * and the two lifts compose: `Z = (Q_C Q_z) z`, `W = w (Q_R Q_w)^T`. The rounding of the small SVD
 * dropped with the off-diagonal part of `Q_z^T y Q_w` is added to the loss offset, computed directly.
 *
 * What it buys: with a diagonal target, the Gram form of the step takes `Y W^T` in `k r` multiply-adds
 * instead of carrying it across the update (`advanceYWt`, `d1 r^2`), about a quarter of an FA step
 * from a small random start (`d1 = 3r`, `d2 = 2r`). It costs one SVD of the `d1 x d2` target (a
 * 48 x 32 one at `r = 16`) and the products of the bases. The solver takes it where the reduced run
 * steps in Gram form (`stepForm`); from zero (`d1 = d2 = r`) the residual form is cheaper anyway.
 * @internal
 */
export function feedbackInSingularBasis(
  reduction: SubspaceReduction,
  r: number,
): SubspaceReduction & { readonly diagonal: Float64Array } {
  const inner = reduceToSingularBasis(reduction.y, r, reduction.z0.data, reduction.w0.data, reduction.b);
  return {
    qz: product(reduction.qz, inner.qz),
    qw: product(reduction.qw, inner.qw),
    y: inner.y,
    z0: inner.z0,
    w0: inner.w0,
    b: inner.b,
    lossOffset: reduction.lossOffset + inner.lossOffset,
    diagonal: inner.diagonal,
  };
}
