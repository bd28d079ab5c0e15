import type { FactorizationCase } from './FactorizationCase.js';

/** `||Y||_F^2 = sum_i s_i^2`, from the instance's singular values (what tolerances are relative to). @public */
export function targetNormSquared(c: FactorizationCase): number {
  return c.s.reduce((acc, v) => acc + v * v, 0);
}
