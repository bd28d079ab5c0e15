import type { Matrix } from 'ml-matrix';
import { rowSpaceBasis } from './rowSpaceBasis.js';

/**
 * Representation overlap of two hidden layers `W1`, `W2` (each `r x m`): `||P1 P2||_F^2 / r`, where
 * `Pi` projects onto the row space of `Wi`. 1 means the same subspace, 0 orthogonal ones. With
 * orthonormal bases `Q1`, `Q2`, `||P1 P2||_F^2 = ||Q1^T Q2||_F^2`. `r` defaults to the larger of the
 * two numerical ranks.
 * @public
 */
export function representationOverlap(w1: Matrix, w2: Matrix, r?: number): number {
  const q1 = rowSpaceBasis(w1);
  const q2 = rowSpaceBasis(w2);
  const denom = r ?? Math.max(q1.columns, q2.columns);
  if (denom === 0) return 0;
  return q1.transpose().mmul(q2).norm('frobenius') ** 2 / denom;
}
