import type { Matrix } from 'ml-matrix';
import { jacobiSvd } from '../linalg/jacobiSvd.js';

/**
 * Singular values of `a`, largest first, by {@link jacobiSvd} (ml-matrix's SVD loops forever on some
 * rank-deficient inputs; see there).
 * @public
 */
export function singularValues(a: Matrix): number[] {
  if (a.rows === 0 || a.columns === 0) return [];
  return Array.from(jacobiSvd(a, false).values);
}
