import type fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { codecOf } from '../fixtures/codecOf.js';
import { smallerSides } from './smallerSides.js';
import { judgeInput, type JudgementKind } from '../claim/judgeInput.js';
import { describeCounterexample } from './describeCounterexample.js';
import { recheckCounterexample } from './recheckCounterexample.js';
import { simplifyInput } from './simplifyInput.js';
import { searchClaim } from './searchClaim.js';
import { checkProbabilityClaim } from './checkProbabilityClaim.js';
import type { CheckOptions } from './CheckOptions.js';
import { failureKinds, runProperty, shrinkClass, type FailureKind } from './runProperty.js';
import { statisticsCollector, type StatisticsCollector } from './statisticsCollector.js';
import type { ClaimStatistics } from '../claim/ClaimStatistics.js';

export { DECISIVE_MULTIPLE } from '../claim/isDecisive.js';

export type { CheckOptions } from './CheckOptions.js';

/**
 * Runs one claim as a fast-check property: generate, evaluate, and on failure shrink to the smallest
 * input of the same kind. The outcome is
 * - `error` when an evaluation threw, gave a non-finite value or could not finish (shrunk to the
 *   smallest input that errs; an error is never a verdict), or fast-check itself could not run it;
 * - `refuted` when a counterexample was found that is decisive (past `DECISIVE_MULTIPLE` tolerances;
 *   for claims expected to be refuted only such a one counts), or, for a claim expected to hold, past
 *   its tolerance by more than rounding can explain (precision recheck);
 * - `inconclusive` when the time budget ran out before any failure (with the cases run so far), or
 *   when the side bound is below the claim's `minSize` (not run at all);
 * - `holds` otherwise (with `roundingOnly` when a marginal counterexample was rounding).
 * Inputs outside the claim's hypotheses are skipped; shrinking and simplification never leave them.
 * A high-probability claim goes to `checkProbabilityClaim`; an existence claim, and any claim with a
 * search target not expected to hold, to `searchClaim` (targeted search in place of random cases).
 * @public
 */
export function checkClaim(claim: AnyClaim, options: CheckOptions): ClaimResult {
  const entered = performance.now();
  if (claim.minSize !== undefined && options.maxSize < claim.minSize) {
    const error = `not run: its inputs need sides of at least ${claim.minSize}, and the side bound is ${options.maxSize} (every profile gives it ${claim.minSize} or more: --profile quick, default or thorough)`;
    return {
      claim: claim.id,
      expected: claim.expected,
      outcome: 'inconclusive',
      runs: 0,
      seed: options.seed,
      seconds: (performance.now() - entered) / 1000,
      stats: {},
      error,
    };
  }
  if (claim.kind === 'probability') return checkProbabilityClaim(claim, options);
  if (claim.target !== undefined && claim.expected !== 'holds') return searchClaim(claim, options);
  const start = performance.now();
  const accept = failureKinds(claim);
  const deadline =
    options.timeBudget === undefined ? Number.POSITIVE_INFINITY : start + 1000 * options.timeBudget;
  const onProgress = options.onProgress;
  // With statistics, each run has its collector, found again by the run's details.
  const collectors = new Map<unknown, StatisticsCollector>();
  const run = (size: number, wanted: ReadonlySet<FailureKind>, path?: string) => {
    const observer = options.statistics === true ? statisticsCollector() : undefined;
    const r = runProperty(claim, claim.arbitrary(size), wanted, {
      runs: options.runs,
      seed: options.seed,
      ...(path === undefined ? {} : { path }),
      ...(options.solvers === undefined ? {} : { solvers: options.solvers }),
      ...(Number.isFinite(deadline) ? { timeLimitMs: Math.max(1, deadline - performance.now()) } : {}),
      ...(onProgress === undefined ? {} : { onCase: (cases: number) => onProgress(cases, size) }),
      ...(observer === undefined ? {} : { observer }),
    });
    if (observer !== undefined) collectors.set(r.details, observer);
    return r;
  };
  const first = run(options.maxSize, accept, options.path);
  const statisticsOf = (kept: unknown): { statistics?: ClaimStatistics } => {
    const own = collectors.get(first.details)?.statistics();
    if (own === undefined) return {};
    const later = kept === first.details ? undefined : collectors.get(kept)?.statistics();
    if (later?.unshrunk === undefined) return { statistics: own };
    const trajectory = [...(own.shrinkTrajectory ?? []), later.unshrunk, ...(later.shrinkTrajectory ?? [])];
    return { statistics: { ...own, shrinkTrajectory: trajectory } };
  };
  const base = {
    claim: claim.id,
    expected: claim.expected,
    runs: first.details.numRuns,
    seed: options.seed,
    stats: first.stats,
    ...(first.skipped > 0 ? { skipped: first.skipped } : {}),
    ...statisticsOf(first.details),
  };
  const seconds = (): number => (performance.now() - start) / 1000;
  if (first.failure === null) {
    // The budget first: fast-check reports a run interrupted before its first case as failed too.
    if (first.details.interrupted) {
      const error = `time budget of ${options.timeBudget} s spent after ${first.details.numRuns} of ${options.runs} cases, with no failure`;
      return { ...base, outcome: 'inconclusive', seconds: seconds(), error };
    }
    if (first.details.failed) {
      // fast-check could not run the property (for example: too many inputs outside the hypotheses)
      const message = first.details.errorInstance instanceof Error ? first.details.errorInstance.message : '';
      return {
        ...base,
        outcome: 'error',
        seconds: seconds(),
        error: message.split('\n')[0] || 'fast-check failed',
      };
    }
    return { ...base, outcome: 'holds', seconds: seconds() };
  }
  const kind = first.failure;
  // A replay (with a path) reproduces exactly; a fresh refutation is searched again on smaller sides.
  const wanted = shrinkClass(kind);
  const { details, maxSize } =
    options.path === undefined && kind !== 'error' && performance.now() < deadline
      ? smallerSides(claim, first.details, options.maxSize, (size) => withFailure(run(size, wanted)))
      : { details: first.details, maxSize: options.maxSize };
  const counterexampleOf = (d: fc.RunDetails<[unknown]>): unknown => (d.counterexample as [unknown])[0];
  const keep = wanted as ReadonlySet<JudgementKind>;
  const input = simplifyInput(claim, counterexampleOf(details), keep, options.solvers, deadline);
  const j = judgeInput(claim, input, options.solvers);
  const ev = j.evaluation;
  const counterexample = describeCounterexample(claim, input, ev);
  const replay = {
    ...statisticsOf(details),
    replay: { seed: options.seed, path: details.counterexamplePath ?? '', maxSize },
    shrinks: details.numShrinks,
    counterexample,
    input: codecOf(claim).encode(input),
  };
  if (!keep.has(j.kind)) {
    const error = `the shrunk ${kind === 'error' ? 'error' : 'counterexample'} did not reproduce: it is now ${j.kind}${j.message === undefined ? '' : ` (${j.message})`}`;
    return { ...base, outcome: 'error', seconds: seconds(), ...replay, error };
  }
  if (kind === 'error') {
    return { ...base, outcome: 'error', seconds: seconds(), ...replay, error: j.message ?? 'error' };
  }
  const precision = recheckCounterexample(claim, input, ev, options.solvers);
  const roundingOnly = j.kind === 'marginal' && precision.label === 'rounding';
  return {
    ...base,
    outcome: roundingOnly ? 'holds' : 'refuted',
    seconds: seconds(),
    ...replay,
    precision,
    ...(roundingOnly ? { roundingOnly } : {}),
  };
}

/** The run's details, or an exception when it did not fail (so `smallerSides` sees "no refutation"). */
function withFailure(r: ReturnType<typeof runProperty>): fc.RunDetails<[unknown]> {
  if (r.failure !== null) return r.details;
  return {
    ...r.details,
    failed: false,
    counterexample: null,
    counterexamplePath: null,
  } as unknown as fc.RunDetails<[unknown]>;
}
