import { outcomeAsExpected } from '../claim/Claim.js';
import type { AnyClaim } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { replayCommandLine } from '../claim/replayCommand.js';
import { writeFixture } from '../fixtures/writeFixture.js';
import { briefCounterexample } from '../report/briefCounterexample.js';
import { checkClaim, type CheckOptions } from '../runner/checkClaim.js';

/** Options of {@link expectClaim}: those of `checkClaim`, with the CLI's defaults, and where to store. @public */
export interface ExpectClaimOptions extends Partial<Omit<CheckOptions, 'onProgress'>> {
  /** Where to store the counterexample of an unexpected outcome as a fixture (default: nowhere). */
  readonly fixtures?: string;
  /** The claim file, as the replay command should name it (`--claims FILE`); default: none. */
  readonly claimsFile?: string;
}

/** What an unexpected outcome says: the verdict, the counterexample in brief, the error, the replay command. */
function message(r: ClaimResult, o: ExpectClaimOptions, stored: string | null): string {
  const lines = [`${r.claim}: ${r.outcome} (expected ${r.expected}) after ${r.runs} runs, seed ${r.seed}`];
  const brief = briefCounterexample(r);
  if (brief !== '') lines.push(`counterexample: ${brief} (${r.shrinks ?? 0} shrinks)`);
  if (r.error !== undefined && r.outcome !== 'error') lines.push(`error: ${r.error}`);
  const replay = replayCommandLine(r);
  if (replay !== '')
    lines.push(`replay: ${replay}${o.claimsFile === undefined ? '' : ` --claims ${o.claimsFile}`}`);
  if (stored !== null) lines.push(`stored: ${stored}`);
  return lines.join('\n');
}

/**
 * Runs a claim with `checkClaim` (defaults as `fa-verify check`: 100 cases, seed 7, sides up to 8)
 * and returns its result when the outcome is the expected one; otherwise throws an `Error` whose
 * message gives the outcome, the counterexample in brief and the command that replays it (and, with
 * `fixtures`, stores the counterexample there first). For a test runner: in vitest,
 * `it('my claim', () => { expectClaim(myClaim); })` fails on an unexpected verdict and prints how to
 * replay it. No test framework is imported.
 * @public
 */
export function expectClaim(claim: AnyClaim, options: ExpectClaimOptions = {}): ClaimResult {
  const { runs = 100, seed = 7, maxSize = 8, path, solvers, timeBudget, fixtures } = options;
  const result = checkClaim(claim, {
    runs,
    seed,
    maxSize,
    ...(path === undefined ? {} : { path }),
    ...(solvers === undefined ? {} : { solvers }),
    ...(timeBudget === undefined ? {} : { timeBudget }),
  });
  if (outcomeAsExpected(result)) return result;
  const written = fixtures === undefined ? null : writeFixture(fixtures, result);
  const error = new Error(message(result, options, written?.path ?? null));
  error.name = 'UnexpectedOutcome';
  throw error;
}
