import type { Solvers } from '../solvers/Solvers.js';

/** Options of `checkClaim` (and of the searches and sequences of draws it hands claims to). @public */
export interface CheckOptions {
  readonly runs: number;
  readonly seed: number;
  /** Largest matrix side. */
  readonly maxSize: number;
  /** Replay path from an earlier failure. */
  readonly path?: string;
  /** The solvers the claim runs (default the real ones; the quality tier plants faults here). */
  readonly solvers?: Solvers;
  /**
   * Wall-clock budget for the claim, in seconds: when it is spent before any failure, the outcome is
   * `inconclusive` with the cases run so far (never `holds`); spent while shrinking, the smallest
   * failure found so far is reported. Default: none.
   */
  readonly timeBudget?: number;
  /** Progress: called after each generated case with the count so far and the side bound in use. */
  readonly onProgress?: (cases: number, maxSize: number) => void;
  /** Also return the run's {@link ClaimStatistics} (sizes, tightest pass, shrink trajectory). Default false. */
  readonly statistics?: boolean;
}
