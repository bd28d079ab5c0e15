import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';

/**
 * The exit code of a run of claims (`check`, `verify`, `merge`): 3 when any result is an error (an
 * error is never a verdict), else 0 when every outcome is the expected one (an open claim's finding,
 * `holds` so far or `refuted`, always is: {@link outcomeAsExpected}), else 1. Pure.
 * @internal
 */
export function verdictExitCode(results: readonly ClaimResult[]): number {
  if (results.some((r) => r.outcome === 'error')) return 3;
  return results.every(outcomeAsExpected) ? 0 : 1;
}
