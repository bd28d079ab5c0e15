import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../claim/Claim.js';
import { checkMaxSize } from './checkMaxSize.js';
import { checkOutputDir } from './checkOutputPath.js';
import { replayMismatch, replayPathFails, type ReplayRequest } from './checkReplayPath.js';
import { CliError } from './CliError.js';
import { OPTION_LIMITS, rangeText } from './optionLimits.js';
import { checkRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';

/** What `check` was asked, as far as it can be checked before the claim runs. */
export interface CheckRequest extends RunOutputOptions {
  readonly maxSize: number;
  readonly fixtures: string | false;
  /** `--path P` or `--replay B`, as typed: how a refused replay is named. */
  readonly replayOption?: string;
}

/**
 * Everything `check` can refuse before it runs the claim, each as one line naming the option and its
 * value (exit 2): a side bound the claim's generator does not take, output files or a fixture store
 * that cannot be written, and a replay (`--path` or `--replay`) that does not lead to a failing input
 * of this claim with this seed and side bound (see {@link replayPathFails}).
 * @internal
 */
export function preflightCheck(claim: AnyClaim, o: CheckRequest, replay: ReplayRequest | undefined): void {
  const maxSize = replay?.maxSize ?? o.maxSize;
  const { min, max } = OPTION_LIMITS.maxSize;
  const sizeInRange = maxSize >= min && maxSize <= max; // false for NaN
  if (!sizeInRange) {
    throw new CliError(`${o.replayOption ?? '--max-size'}: side bound ${maxSize} is outside ${min}..${max}`);
  }
  const seed = replay?.seed;
  const seedInRange =
    seed === undefined || (seed >= OPTION_LIMITS.seed.min && seed <= OPTION_LIMITS.seed.max);
  if (!seedInRange) {
    // a blob's seed: fast-check would fold it into 32 bits and run another case than the one printed
    throw new CliError(
      `${o.replayOption ?? '--seed'}: seed ${seed} is outside ${rangeText(OPTION_LIMITS.seed)}`,
    );
  }
  checkMaxSize([claim], maxSize);
  checkRunOutputs(o);
  if (o.fixtures !== false && replay === undefined) checkOutputDir('--fixtures', o.fixtures);
  // A targeted search or a sequence of draws has no fast-check path: its seed and side bound replay it.
  const rerun = claim.target !== undefined || claim.kind === 'probability';
  if (replay !== undefined && rerun && replay.path !== '')
    throw new CliError(
      `${o.replayOption ?? '--path'}: ${claim.id} is not a run of fast-check cases (a targeted search or a sequence of draws), so it has no replay path: replay it with --seed and --max-size`,
    );
  if (replay !== undefined && !rerun && !replayPathFails(claim, replay))
    throw replayMismatch(claim, replay, o.replayOption);
}

/**
 * What `verify` can refuse before it runs the claims (the catalogue, or the user's), each as one line naming the option and its
 * value (exit 2): a side bound one of the claims' generators does not take, output files or a fixture
 * store that cannot be written.
 * @internal
 */
export function preflightVerify(
  o: RunOutputOptions & { readonly maxSize: number; readonly fixtures: string | false },
  claims: readonly AnyClaim[] = catalogue,
): void {
  checkMaxSize(claims, o.maxSize);
  checkRunOutputs(o);
  if (o.fixtures !== false) checkOutputDir('--fixtures', o.fixtures);
}

/** What `report` can refuse before any work: a side bound one of the claims does not take. @internal */
export function preflightReport(
  o: { readonly maxSize: number },
  claims: readonly AnyClaim[] = catalogue,
): void {
  checkMaxSize(claims, o.maxSize);
}
