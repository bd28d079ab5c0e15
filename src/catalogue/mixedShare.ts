import type { FactorizationCase } from '../generate/FactorizationCase.js';

/** The shares of `Z` the claim tries, one per instance. */
const SHARES = [0.1, 0.5, 0.9] as const;

/**
 * The share `rho` of `Z` in `mixed`'s backward matrix on one instance, a function of the instance
 * (`0.1`, `0.5` or `0.9` by `n + m + r` modulo 3) so that every replay and shrink keeps it.
 * @internal
 */
export function mixedShare(c: FactorizationCase): number {
  return SHARES[(c.n + c.m + c.r) % SHARES.length];
}
