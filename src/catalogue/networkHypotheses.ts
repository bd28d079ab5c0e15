import type { NetworkCase } from '../generate/NetworkCase.js';
import { caseHypotheses } from '../claim/caseHypotheses.js';

const factorization = caseHypotheses({ start: 'small-random' });

/**
 * The hypotheses of the two-layer network claims as a predicate: a consistent factorization instance
 * with small random factors (GD starts there, FA from zero), the rule, a data set of `m + extra`
 * inputs, and input variances `2^l` with integer `l` in -2..2 for the first `m` coordinates, all 0
 * (isotropic) unless `correlated`. Returns the unmet ones, in words.
 * @internal
 */
export function networkHypotheses(nc: NetworkCase, correlated: boolean): string[] {
  const bad = factorization(nc.c);
  if (nc.rule !== 'gd' && nc.rule !== 'fa') bad.push(`rule ${String(nc.rule)} is neither gd nor fa`);
  if (!Number.isInteger(nc.extra) || nc.extra < 0) bad.push(`extra inputs ${nc.extra} is not a whole number`);
  if (!Number.isInteger(nc.inputSeed)) bad.push(`input seed ${nc.inputSeed} is not an integer`);
  const levels = nc.varianceLevels.slice(0, nc.c.m);
  if (levels.length < nc.c.m) bad.push(`${levels.length} input variances for m = ${nc.c.m}`);
  else if (!levels.every((l) => Number.isInteger(l) && l >= -2 && l <= 2))
    bad.push('input variance levels must be integers in -2..2');
  else if (!correlated && !levels.every((l) => l === 0)) bad.push('inputs must be isotropic (every level 0)');
  return bad;
}
