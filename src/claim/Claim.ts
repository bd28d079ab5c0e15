import type fc from 'fast-check';
import type { InputCodec } from './InputCodec.js';
import type { PrecisionRecheck } from './PrecisionRecheck.js';
import type { Solvers } from '../solvers/Solvers.js';

/** What the suite must establish about a claim. @public */
export type Outcome = 'holds' | 'refuted';

/**
 * What a claim is expected to come out as: an {@link Outcome}, or `open` for a conjecture whose truth
 * is not known. An open claim is run like any other and its finding reported (`holds` so far, or a
 * shrunk counterexample, stored and replayed), but it is never a failure: it comes out as expected
 * whatever it finds, but an `error` ({@link outcomeAsExpected}).
 * @public
 */
export type Expectation = Outcome | 'open';

/**
 * Whether a result came out as its claim expected: its outcome equals the expectation, or, for an
 * open claim, it is a finding (`holds` so far or `refuted`) or a spent time budget (`inconclusive`),
 * anything but an `error`.
 * @public
 */
export function outcomeAsExpected(r: {
  readonly outcome: ResultOutcome;
  readonly expected: Expectation;
}): boolean {
  return r.expected === 'open' ? r.outcome !== 'error' : r.outcome === r.expected;
}

/**
 * What running a claim found: the claim {@link Outcome}s; `error` when an evaluation threw, gave a
 * non-finite value or could not finish what the claim needs; `inconclusive` when the time budget ran
 * out before any failure. Neither of the last two is a verdict.
 * @public
 */
export type ResultOutcome = Outcome | 'error' | 'inconclusive';

/**
 * The verdict of one evaluation of a claim on one input. `violation` and `tolerance` are in the
 * claim's own units; the claim passes when `violation <= tolerance` (false for NaN, so a NaN fails).
 * `error` is set when the evaluation could not establish the claim's quantities (an integrator or a
 * solver stopped on its budget where the statement needs the end point, a diverged run where it
 * needs convergence): such an evaluation is an error, whatever its violation says.
 * @public
 */
export interface Evaluation {
  readonly pass: boolean;
  readonly violation: number;
  readonly tolerance: number;
  /** Observed quantities worth printing beside a counterexample (losses, alignments, steps...). */
  readonly observed: Readonly<Record<string, unknown>>;
  /** Why this evaluation is an error rather than a verdict; absent when it is a verdict. */
  readonly error?: string;
}

/** Builds an {@link Evaluation} from a violation and its tolerance. @public */
export function evaluation(
  violation: number,
  tolerance: number,
  observed: Readonly<Record<string, unknown>>,
): Evaluation {
  return { pass: violation <= tolerance, violation, tolerance, observed };
}

/** An {@link Evaluation} that could not finish: an error, with what was observed up to then. @public */
export function unfinished(error: string, observed: Readonly<Record<string, unknown>>): Evaluation {
  return { pass: false, violation: Number.NaN, tolerance: Number.NaN, observed, error };
}

/**
 * One claim of the catalogue (docs/theory.md) as a property. The generator builds the claim's
 * hypotheses into the inputs (no filtering); {@link Claim.unmetHypotheses} states them as a predicate,
 * which shrinking, simplification and replay respect; `evaluate` runs the solvers and compares with
 * the statement.
 * @public
 */
export interface Claim<T> {
  /** The id, exactly as in docs/theory.md. */
  readonly id: string;
  readonly expected: Expectation;
  readonly statement: string;
  /** The hypotheses the generator guarantees, in words. */
  readonly hypotheses: readonly string[];
  /** The regimes the generator is meant to reach (labels as {@link Claim.classify} returns them). */
  readonly regimes: readonly string[];
  /**
   * The least share of generated inputs (in [0, 1]) that must fall in each regime, by label: the
   * statistical coverage requirement that `fa-verify audit` checks (Wilson interval, QuickCheck style).
   */
  readonly regimeRequirements?: Readonly<Record<string, number>>;
  /** For refuted claims: the smallest counterexample the shrinker must reach. */
  readonly minimalCounterexample?: Readonly<{ n: number; m: number; rankY: number; r: number }>;
  /** Inputs whose sides are at most `maxSize`. */
  arbitrary(maxSize: number): fc.Arbitrary<T>;
  /**
   * The hypotheses as a machine-checkable predicate: the ones `input` does not satisfy, in words
   * (empty when it satisfies them all). Consistent shapes and finite entries are part of it.
   */
  unmetHypotheses(input: T): readonly string[];
  /** Runs the claim on one input, with `solvers` (default the real ones; tests plant faults here). */
  evaluate(input: T, solvers?: Solvers): Evaluation;
  /** The regimes an input belongs to. */
  classify(input: T): readonly string[];
  /** The input as plain values, for a counterexample: at least `n`, `m`, `rankY`, `r`, `Y`. */
  describe(input: T): Readonly<Record<string, unknown>>;
  /**
   * How inputs are stored in fixtures and read back for replay; without one, `defaultCodec` (which
   * stores factorization instances as `factorizationCaseCodec` does, and other inputs by value).
   */
  readonly codec?: InputCodec<T>;
  /**
   * Re-evaluates the decisive quantities of a counterexample beyond double precision and labels it
   * `genuine` or `rounding`; claims without one get `marginRecheck`.
   */
  recheck?(input: T, solvers?: Solvers): PrecisionRecheck;
}

/** A claim of any input type, as the catalogue holds them. @public */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClaim = Claim<any>;
