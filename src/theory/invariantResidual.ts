import type { Matrix } from 'ml-matrix';

/** Smallest denominator of {@link invariantResidual}, so that zero factors give 0, not NaN. */
const TINY = 1e-300;

/**
 * docs/theory.md §Closed forms (2): `R = ||B^T Z + Z^T B - W W^T||_F / max(||W W^T||_F, tiny)`, which is 0
 * along the FA flow from zero initialisation.
 * @public
 */
export function invariantResidual(b: Matrix, z: Matrix, w: Matrix): number {
  const btz = b.transpose().mmul(z);
  const wwt = w.mmul(w.transpose());
  const diff = btz.clone().add(btz.transpose()).sub(wwt);
  return diff.norm('frobenius') / Math.max(wwt.norm('frobenius'), TINY);
}
