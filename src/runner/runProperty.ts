import fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';
import { judgeInput, type Judgement, type JudgementKind } from '../claim/judgeInput.js';
import type { Solvers } from '../solvers/Solvers.js';
import type { StatisticsCollector } from './statisticsCollector.js';

/** The kinds of failure a run can find and shrink: an error, or a decisive or marginal violation. @internal */
export type FailureKind = Extract<JudgementKind, 'error' | 'decisive' | 'marginal'>;

/** What {@link runProperty} found. @internal */
export interface PropertyRun {
  readonly details: fc.RunDetails<[unknown]>;
  /** The kind of the first failure, which shrinking kept; null when none was found. */
  readonly failure: FailureKind | null;
  /** Regime counts of the generated inputs that were evaluated (not those outside the hypotheses). */
  readonly stats: Record<string, number>;
  /** Generated inputs skipped because they did not satisfy the claim's hypotheses. */
  readonly skipped: number;
}

/**
 * The kinds of judgement that refute a claim, as every runner counts them: an error always; a decisive
 * violation; and, for a claim expected to hold, a marginal one too (its precision recheck then decides).
 * @internal
 */
export function failureKinds(claim: AnyClaim): ReadonlySet<FailureKind> {
  return new Set<FailureKind>(
    claim.expected === 'holds' ? ['error', 'decisive', 'marginal'] : ['error', 'decisive'],
  );
}

/** The inputs a shrink from a first failure of `kind` may move to: the same class, never an easier one. */
export function shrinkClass(kind: FailureKind): ReadonlySet<FailureKind> {
  if (kind === 'error') return new Set(['error']);
  if (kind === 'decisive') return new Set(['decisive']);
  return new Set(['marginal', 'decisive']);
}

/**
 * Runs a claim as a fast-check property whose failures keep their kind: the first failing input (of a
 * kind in `accept`) fixes the class, and from then on (while fast-check shrinks) only inputs of that
 * class count as failing ({@link shrinkClass}), so a decisive counterexample stays decisive and an
 * error stays an error. Inputs outside the claim's hypotheses are skipped (`fc.pre`), during
 * generation and shrinking alike. Regimes are counted on the generated inputs, as they are evaluated.
 * @internal
 */
export function runProperty(
  claim: AnyClaim,
  arbitrary: fc.Arbitrary<unknown>,
  accept: ReadonlySet<FailureKind>,
  o: {
    runs: number;
    seed: number;
    path?: string;
    solvers?: Solvers;
    /** Wall-clock budget in milliseconds: fast-check stops there (`details.interrupted`). */
    timeLimitMs?: number;
    /** Called after each generated input is judged, with the count so far and the input. */
    onCase?: (cases: number, input: unknown) => void;
    /** Hears every judged input, the first failure and each shrink step (`--stats`). */
    observer?: StatisticsCollector;
  },
): PropertyRun {
  let failure: FailureKind | null = null;
  let skipped = 0;
  let cases = 0;
  const stats: Record<string, number> = {};
  for (const label of claim.regimes) stats[label] = 0;
  const count = (input: unknown): void => {
    try {
      for (const label of claim.classify(input)) stats[label] = (stats[label] ?? 0) + 1;
    } catch {
      // a classifier that throws on an input leaves the counts as they are; the evaluation says why
    }
  };
  const predicate = (input: unknown): boolean => {
    const j: Judgement = judgeInput(claim, input, o.solvers);
    if (j.kind === 'outside') {
      if (failure === null) skipped++;
      fc.pre(false);
    }
    if (failure === null) {
      count(input);
      cases++;
      o.onCase?.(cases, input);
      o.observer?.generated(input, j);
      if (j.kind === 'pass' || !accept.has(j.kind)) return true;
      failure = j.kind;
      o.observer?.failed(input, j);
      return false;
    }
    const fails = (shrinkClass(failure) as ReadonlySet<JudgementKind>).has(j.kind);
    if (fails) o.observer?.shrunk(input, j);
    return !fails;
  };
  const details = fc.check(fc.property(arbitrary, predicate), {
    numRuns: o.runs,
    seed: o.seed,
    ...(o.path === undefined ? {} : { path: o.path }),
    ...(o.timeLimitMs === undefined
      ? {}
      : { interruptAfterTimeLimit: Math.max(1, Math.round(o.timeLimitMs)), markInterruptAsFailure: false }),
  });
  // `failure` is set inside the predicate, which the compiler's narrowing does not see.
  return { details, failure: failure as FailureKind | null, stats, skipped };
}
