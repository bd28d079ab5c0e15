import type { PrecisionRecheck } from './PrecisionRecheck.js';
import type { Expectation, ResultOutcome } from './Claim.js';
import type { ReplayRecord } from './replayCommand.js';
import type { ClaimStatistics } from './ClaimStatistics.js';
import type { ProbabilityEstimate } from './ProbabilityEstimate.js';
import type { SearchSummary } from './SearchSummary.js';

/** A shrunk counterexample (for an existence claim, the shrunk witness): the input as values, the observed violation and its margin. @public */
export interface Counterexample {
  readonly n: number;
  readonly m: number;
  readonly rankY: number;
  readonly r: number;
  readonly [field: string]: unknown;
  readonly violation: number;
  readonly tolerance: number;
  /** `violation / tolerance` (the violation itself where the tolerance is 0): how far past it the counterexample is. */
  readonly margin: number;
}

/** What running one claim gives: typed data, formatted by the CLI. @public */
export interface ClaimResult {
  readonly claim: string;
  /** What the claim is expected to come out as; `open` for a conjecture (never a failure). */
  readonly expected: Expectation;
  /** What the run found; `error` is never a verdict (see {@link ResultOutcome}). */
  readonly outcome: ResultOutcome;
  /**
   * Set on the result of one seed block of a sharded run (`verify --shard`): which block of how many,
   * and the run's own seed and cases per claim, so that `fa-verify merge` can put the claim together.
   */
  readonly block?: {
    readonly index: number;
    readonly count: number;
    readonly seed: number;
    readonly runs: number;
  };
  /** fast-check's count of cases run: all of them when nothing failed, else up to the first failure. */
  readonly runs: number;
  /** Generated inputs skipped because they were outside the claim's hypotheses (absent when none). */
  readonly skipped?: number;
  readonly seed: number;
  readonly seconds: number;
  /**
   * What replays the shrunk counterexample (or error): the seed, fast-check's replay path and the side
   * bound under which it was found (at most the one asked for: a refutation is searched again on smaller
   * sides). `replayCommandLine` prints the command from it; nothing else holds these.
   */
  readonly replay?: ReplayRecord;
  readonly shrinks?: number;
  readonly counterexample?: Counterexample;
  /** How many generated inputs fell in each regime. */
  readonly stats: Readonly<Record<string, number>>;
  /** The counterexample's input as stored values (the claim's codec), for fixtures and replay. */
  readonly input?: unknown;
  /** The profile the run was asked for (`--profile`, src/runner/profiles.ts); absent from library runs. */
  readonly profile?: string;
  /** The precision recheck of the counterexample. */
  readonly precision?: PrecisionRecheck;
  /**
   * Set when a claim expected to hold met a counterexample that the precision recheck calls rounding:
   * reported, but not as a disproof (the outcome stays `holds`).
   */
  readonly roundingOnly?: boolean;
  /**
   * With outcome `inconclusive`: how far the budget got. With outcome `error`: what went wrong (a throw, a non-finite value, an unfinished computation),
   * on the smallest input that shows it (`counterexample`, `input`, replayable by `replay`).
   */
  readonly error?: string;
  /** Set when a targeted search ran (existence claims, refuted claims with a search target). */
  readonly search?: SearchSummary;
  /** Set for a high-probability claim: the counts and the interval that decided. */
  readonly probability?: ProbabilityEstimate;
  /** What the run saw besides its verdict (sizes, tightest pass, shrink trajectory); with `statistics: true` only. */
  readonly statistics?: ClaimStatistics;
}
