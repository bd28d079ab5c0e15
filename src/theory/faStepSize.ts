import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { safeFaStepSize } from './safeFaStepSize.js';

/**
 * The "safe step size" hypothesis of the FA claims for a generated instance:
 * {@link safeFaStepSize} of its `s_1(Y)` and `B`.
 * @public
 */
export function faStepSize(c: FactorizationCase, scale?: number): number {
  return safeFaStepSize(c.s[0], c.B, scale);
}
