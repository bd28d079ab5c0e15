import { Matrix } from 'ml-matrix';
import { singularValues } from '../theory/singularValues.js';

/**
 * The FA step size the catalogue calls safe, `0.4 (s1(Y) ||B||_2)^(-2/3)` with `||B||_2` floored at
 * 0.1 (the derivation is beside `faStepSize` in the catalogue), for a feedback given as nested rows.
 * @public
 */
export function safeFaEta(s1: number, b: readonly (readonly number[])[]): number {
  const bNorm = Math.max(singularValues(new Matrix(b as number[][]))[0] ?? 0, 0.1);
  return 0.4 * Math.pow(s1 * bNorm, -2 / 3);
}
