import type { Matrix } from 'ml-matrix';
import { createKernelArena } from '../kernels/createKernelArena.js';
import { oneOffKernelKind } from '../kernels/oneOffKernelKind.js';
import { distanceSquared } from '../kernels/distanceSquared.js';
import { toDense, type Dense } from '../linalg/Dense.js';

/** The full factors of a reduced run and their loss. @internal */
export interface LiftedRun {
  /** `Z = Q_Z z` (`n x r`) and `W = w Q_W^T` (`r x m`), row-major. */
  readonly z: Dense;
  readonly w: Dense;
  /** `||Z W - Y||_F^2`, computed directly on the full matrices. */
  readonly loss: number;
}

/**
 * Lifts a reduced run's `z` (`d1 x r`) and `w` (`r x d2`) back to the full factors, `Z = Q_Z z`,
 * `W = w Q_W^T`, and takes the loss of the lifted pair directly, `||Z W - Y||_F^2` (never from the
 * reduced loss and the offset, so that it checks them), on the dense kernels: `n d1 r + r d2 m + n m r`
 * multiply-adds.
 * @internal
 */
export function liftReduced(
  qz: Matrix,
  qw: Matrix,
  z: Float64Array,
  w: Float64Array,
  y: Dense,
  r: number,
): LiftedRun {
  const n = y.rows;
  const m = y.cols;
  const d1 = qz.columns;
  const d2 = qw.columns;
  const arena = createKernelArena(
    n * d1 + m * d2 + d1 * r + r * d2 + n * r + r * m + 2 * n * m,
    oneOffKernelKind(n * m * r),
  );
  const k = arena.kernels;
  const qzData = arena.alloc(n * d1);
  qzData.set(toDense(qz).data);
  const qwData = arena.alloc(m * d2);
  qwData.set(toDense(qw).data);
  const zr = arena.alloc(d1 * r);
  zr.set(z.subarray(0, d1 * r));
  const wr = arena.alloc(r * d2);
  wr.set(w.subarray(0, r * d2));
  const zFull = arena.alloc(n * r);
  k.gemmNN(qzData, zr, zFull, n, d1, r); // Q_Z z
  const wFull = arena.alloc(r * m);
  k.gemmNT(wr, qwData, wFull, r, d2, m); // w Q_W^T
  const product = arena.alloc(n * m);
  k.gemmNN(zFull, wFull, product, n, r, m);
  const ya = arena.alloc(n * m);
  ya.set(y.data.subarray(0, n * m));
  return {
    z: { rows: n, cols: r, data: zFull.slice() },
    w: { rows: r, cols: m, data: wFull.slice() },
    loss: distanceSquared(product, ya, n * m),
  };
}
