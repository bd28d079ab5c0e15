import { Matrix } from 'ml-matrix';
import { axesPlusGaussian } from './axesPlusGaussian.js';
import type { FeedbackFamily } from './FeedbackFamily.js';
import { orthonormalFrame } from './orthonormalFrame.js';

/**
 * The feedback matrix `B` (`n x r`) of a family ({@link FeedbackFamily}) from shrinkable Gaussian parts
 * `g` (row-major at `stride`); `u` is the `n x k` left singular frame of `Y`. Pure.
 * @public
 */
export function feedbackMatrix(
  family: FeedbackFamily,
  n: number,
  r: number,
  g: readonly number[],
  stride: number,
  u: Matrix,
): Matrix {
  if (family === 'orthonormal' && r <= n) return orthonormalFrame(n, r, g, stride);
  if (family === 'iid-gaussian') {
    const scale = 1 / Math.sqrt(n);
    return new Matrix(n, r).apply(function (this: Matrix, i: number, j: number) {
      this.set(i, j, scale * g[i * stride + j]);
    });
  }
  const b = axesPlusGaussian(n, r, g, stride, 1 / Math.sqrt(n));
  if (family === 'repeated-column') {
    for (let j = 1; j < r; j++) for (let i = 0; i < n; i++) b.set(i, j, b.get(i, 0));
  } else if (family === 'orthogonal-to-target') {
    // (I - U U^T) B, with what is rounding set to exactly 0: when U spans everything (k = n) the
    // projection is 0 in exact arithmetic, and its rounding noise (about n eps ||B||) is not a feedback.
    const p = b.clone().sub(u.mmul(u.transpose().mmul(b)));
    const noise = 16 * n * Number.EPSILON * b.norm('frobenius');
    return p.apply((i, j) => {
      if (Math.abs(p.get(i, j)) <= noise) p.set(i, j, 0);
    });
  }
  return b;
}
