import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../catalogue/checkClaim.js';
import type { ClaimResult } from '../catalogue/ClaimResult.js';
import { formatVerdictTable } from './formatVerdictTable.js';
import { replayHint } from './replayHint.js';
import { toJson } from './toJson.js';

/** Options of `fa-verify verify`. @internal */
export interface VerifyCommandOptions {
  readonly runs: number;
  readonly seed: number;
  readonly maxSize: number;
  readonly json?: boolean;
}

/** `fa-verify verify`: the whole catalogue and a verdict table; exit 0 only when every claim came out as expected. */
export function verifyCommand(
  o: VerifyCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const results: ClaimResult[] = [];
  for (const claim of catalogue) {
    const result = checkClaim(claim, { runs: o.runs, seed: o.seed, maxSize: o.maxSize });
    results.push(result);
    if (o.json !== true) err(`${result.claim}: ${result.outcome} (${result.seconds.toFixed(2)} s)\n`);
    err(replayHint(result, o.maxSize));
  }
  out(o.json === true ? `${toJson(results)}\n` : formatVerdictTable(results));
  return results.every((r) => r.outcome === r.expected) ? 0 : 1;
}
