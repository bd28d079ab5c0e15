import type { AnyClaim } from '../claim/Claim.js';
import { CliError } from './CliError.js';
import { OPTION_LIMITS } from './optionLimits.js';

/** Whether the claim's generator takes this side bound (it throws a RangeError below its least). */
function accepts(claim: AnyClaim, maxSize: number): boolean {
  try {
    claim.arbitrary(maxSize); // builds the arbitrary only: nothing is drawn, so this is cheap
    return true;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/**
 * The least side bound a claim's generator accepts, from 1 up (a claim whose hypotheses need
 * `r < rank(Y)` needs sides of 2); null when none up to the CLI's limit does. @internal
 */
export function leastMaxSize(claim: AnyClaim): number | null {
  for (let k = OPTION_LIMITS.maxSize.min; k <= OPTION_LIMITS.maxSize.max; k++)
    if (accepts(claim, k)) return k;
  return null;
}

/**
 * Refuses, before any claim runs, a side bound below what one of `claims` can generate: one line
 * naming `--max-size`, its value, the claim and the least size that claim accepts (exit 2). A claim
 * whose generator rejected the bound would otherwise throw a RangeError mid-run (an "internal error").
 * A claim with a `minSize` above the bound is let through: `checkClaim` reports it as not run.
 * @internal
 */
export function checkMaxSize(claims: readonly AnyClaim[], maxSize: number): void {
  for (const claim of claims) {
    // A claim whose inputs need larger sides (Claim.minSize) is not run under this bound: its outcome
    // says so (inconclusive), and the run goes on with the others.
    if (claim.minSize !== undefined && maxSize < claim.minSize) continue;
    if (accepts(claim, maxSize)) continue;
    const least = leastMaxSize(claim);
    throw new CliError(
      `--max-size ${maxSize} is too small for ${claim.id}: ` +
        (least === null ? 'no side bound is accepted' : `its cases need --max-size ${least} or more`),
    );
  }
}
