import type { Matrix } from 'ml-matrix';

/**
 * Alignment `a(Z, B) = <Z, B>_F / (||Z||_F ||B||_F)`: the cosine of the angle between the forward
 * weights and the feedback; 0 where either is zero.
 * @public
 */
export function alignment(z: Matrix, b: Matrix): number {
  const zn = z.norm('frobenius');
  const bn = b.norm('frobenius');
  if (zn === 0 || bn === 0) return 0;
  return z.dot(b) / (zn * bn);
}
