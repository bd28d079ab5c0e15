import type { FactorizationCase } from './FactorizationCase.js';

/**
 * A two-layer network instance: a factorization instance, the rule, and the data set of
 * `N = m + extra` inputs from `inputSeed`, with covariance `diag(2^level_i)` (isotropic when every
 * level is 0, or when `isotropic` is set).
 * @public
 */
export interface NetworkCase {
  readonly c: FactorizationCase;
  readonly rule: 'gd' | 'fa';
  readonly extra: number;
  readonly inputSeed: number;
  /** `log2` of the input variances, one per input coordinate (at least `m` entries). */
  readonly varianceLevels: readonly number[];
}
