import type { AnyClaim, ResultOutcome } from '../claim/Claim.js';
import { checkClaim } from '../runner/checkClaim.js';
import { realSolvers, type Solvers } from '../solvers/Solvers.js';
import type { Fault } from '../faults/Fault.js';
import { claimSettings, profileFor } from '../runner/profiles.js';

/** How the teeth part runs each claim on each planted fault. @internal */
export interface TeethOptions {
  readonly runs: number;
  /** Every seed must refute a fault for the claim to count as catching it. */
  readonly seeds: readonly number[];
  readonly maxSize: number;
  /** The solvers the faults are planted in (default the real ones). */
  readonly solvers?: Solvers;
  /**
   * Seconds per claim, fault and seed (`checkClaim`'s time budget): a cell that spends it without a
   * failure is inconclusive, which does not count as caught. Bounds the cells where a fault makes
   * every run spend its 400k-step budget.
   */
  readonly timeBudget?: number;
}

/** The catalogue's own figures: 100 cases, sides up to 8, seed 7. @internal */
export const DEFAULT_TEETH_OPTIONS: TeethOptions = { runs: 100, seeds: [7], maxSize: 8, timeBudget: 5 };

/** One claim run on one planted fault with one seed. @internal */
export interface TeethRun {
  readonly fault: string;
  readonly seed: number;
  readonly outcome: ResultOutcome;
  /** The sides of the shrunk counterexample (of the error's smallest input, for an error). */
  readonly sides?: { readonly n: number; readonly m: number; readonly rankY: number; readonly r: number };
  readonly error?: string;
  readonly seconds: number;
}

/** What one claim expected to hold makes of the faults. @internal */
export interface ClaimTeeth {
  readonly claim: string;
  /** Faults it refutes on every seed. */
  readonly caught: readonly string[];
  /** Faults not caught that it reports as an error on some seed (an error is never a verdict). */
  readonly errors: readonly string[];
  /** Faults under which it still holds. */
  readonly missed: readonly string[];
  readonly runs: readonly TeethRun[];
  /** True when it catches at least one fault. */
  readonly pass: boolean;
}

/** The teeth audit: per claim expected to hold, the planted faults it catches, errs on and misses. @internal */
export interface Teeth {
  readonly options: { readonly runs: number; readonly seeds: readonly number[]; readonly maxSize: number };
  readonly faults: readonly { readonly id: string; readonly description: string }[];
  readonly claims: readonly ClaimTeeth[];
  /** Faults that no claim catches (reported, not a failure: each claim needs only one). */
  readonly uncaught: readonly string[];
  readonly seconds: number;
  /** False when some claim expected to hold catches no fault. */
  readonly pass: boolean;
}

/**
 * Plants every fault in the solvers and runs every claim expected to hold, and every existence and
 * high-probability claim, on it (`checkClaim`, the same seeds and sizes for all, but a search's or a
 * sequence of draws' own budget and sides, the default profile's): a claim catches a fault when every
 * seed comes to a verdict other than the expected one (for a claim that holds, a refutation with a
 * shrunk counterexample); an `error` is recorded apart, since it is never a verdict. A claim that catches no
 * fault has no teeth, and fails the part. Deterministic: the results depend on the seeds only (but
 * for `seconds`).
 * @internal
 */
export function checkTeeth(
  catalogue: readonly AnyClaim[],
  faults: readonly Fault[],
  options: TeethOptions = DEFAULT_TEETH_OPTIONS,
): Teeth {
  const start = performance.now();
  const real = options.solvers ?? realSolvers;
  const planted = faults.map((f) => ({ fault: f, solvers: f.plant(real) }));
  const claims = catalogue
    .filter((c) => c.expected === 'holds' || c.kind === 'existence' || c.kind === 'probability')
    .map((claim): ClaimTeeth => {
      // A search or a sequence of draws runs with its own budget and sides (every profile's are the
      // default's or more); a run of cases with the options'.
      const drawn = claim.kind === 'existence' || claim.kind === 'probability';
      const own = drawn ? claimSettings(profileFor('default'), claim.id) : undefined;
      const caught: string[] = [];
      const errors: string[] = [];
      const missed: string[] = [];
      const runs: TeethRun[] = [];
      for (const { fault, solvers } of planted) {
        const mine = options.seeds.map((seed): TeethRun => {
          const t = performance.now();
          const r = checkClaim(claim, {
            runs: own?.runs ?? options.runs,
            seed,
            maxSize: own?.maxSize ?? options.maxSize,
            solvers,
            ...(options.timeBudget === undefined ? {} : { timeBudget: options.timeBudget }),
          });
          const ce = r.counterexample;
          return {
            fault: fault.id,
            seed,
            outcome: r.outcome,
            ...(ce === undefined ? {} : { sides: { n: ce.n, m: ce.m, rankY: ce.rankY, r: ce.r } }),
            ...(r.error === undefined ? {} : { error: r.error }),
            seconds: (performance.now() - t) / 1000,
          };
        });
        runs.push(...mine);
        // Caught: every seed comes to a verdict, and not the expected one (for a claim that holds: refuted).
        const flipped = (o: string): boolean => o !== claim.expected && o !== 'error' && o !== 'inconclusive';
        if (mine.length > 0 && mine.every((r) => flipped(r.outcome))) caught.push(fault.id);
        else if (mine.some((r) => r.outcome === 'error')) errors.push(fault.id);
        else missed.push(fault.id);
      }
      return { claim: claim.id, caught, errors, missed, runs, pass: caught.length > 0 };
    });
  const uncaught = faults.map((f) => f.id).filter((id) => !claims.some((c) => c.caught.includes(id)));
  return {
    options: { runs: options.runs, seeds: [...options.seeds], maxSize: options.maxSize },
    faults: faults.map((f) => ({ id: f.id, description: f.description })),
    claims,
    uncaught,
    seconds: (performance.now() - start) / 1000,
    pass: claims.every((c) => c.pass),
  };
}
