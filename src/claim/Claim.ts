import type fc from 'fast-check';
import type { InputCodec } from './InputCodec.js';
import type { PrecisionRecheck } from './PrecisionRecheck.js';
import type { Solvers } from '../solvers/Solvers.js';

/**
 * What the suite must establish about a claim: `holds` / `refuted` for a universal or a
 * high-probability claim, `witnessed` / `not witnessed` for an existence claim ({@link ClaimKind}).
 * @public
 */
export type Outcome = 'holds' | 'refuted' | 'witnessed' | 'not witnessed';

/**
 * What kind of statement a claim is (docs/theory.md §Outcomes):
 * - `universal` (the default): "for every input satisfying the hypotheses, ..."; one decisive
 *   counterexample refutes it;
 * - `existence`: "there are inputs satisfying the hypotheses with ..."; its `evaluate` judges the
 *   negation ("this input is no witness"), so a decisive violation is a witness, which a targeted
 *   search ({@link Claim.target}) looks for; the outcome is `witnessed` or `not witnessed`;
 * - `probability`: "with probability at least `p` over the generator's draws, ..."; its `evaluate`
 *   passes when the event holds on one draw, and draws are made until a confidence interval decides
 *   ({@link Claim.probability}).
 * @public
 */
export type ClaimKind = 'universal' | 'existence' | 'probability';

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
 * Where a targeted search moves: the generator's parts `P`, from which {@link SearchSpace.build} makes
 * an input. `sample` and `perturb` draw only from the `random` given (a seeded uniform on [0, 1)), so
 * a search is deterministic for its seed. `step` in (0, 1] scales a perturbation.
 * @public
 */
export interface SearchSpace<P, T> {
  sample(random: () => number): P;
  perturb(parts: P, random: () => number, step: number): P;
  build(parts: P): T;
}

/**
 * A targeted search for decisive violations, after Hypothesis's `target()`: the runner keeps the
 * best-scoring inputs and perturbs their parts (hill climbing), on a ladder of side bounds from 2 up,
 * so the first witness found is a small one. Used by existence claims, and by claims expected to be
 * refuted whose strong counterexamples random generation rarely meets.
 * @public
 */
export interface SearchTarget<T> {
  /** The search space at side bound `maxSize`. */
  space(maxSize: number): SearchSpace<unknown, T>;
  /**
   * What the search maximises, from an input's evaluation (default its violation): it should grow
   * toward decisive violations also where the violation itself is flat (say 0 off a constraint).
   */
  score?(evaluation: Evaluation): number;
  /**
   * Weaker bounds reported besides the claim's own (its `evaluate` judges the strongest): a level is
   * reached when `violation + slack` is decisive. For example `K = 10, 100, 1000` of a ratio whose
   * violation is `log10(ratio / 1000)`: slacks 2, 1, 0.
   */
  readonly levels?: readonly { readonly label: string; readonly slack: number }[];
}

/** The settings of a high-probability claim. @public */
export interface ProbabilitySpec {
  /** The probability the claim states the event has at least. */
  readonly p: number;
  /** Confidence of the interval that decides (default 0.99), split over the looks (Bonferroni). */
  readonly confidence?: number;
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
  /** Default `universal` ({@link ClaimKind}). */
  readonly kind?: ClaimKind;
  readonly expected: Expectation;
  /** Existence claims, and refuted claims whose strong counterexamples are rare: the targeted search. */
  readonly target?: SearchTarget<T>;
  /** High-probability claims: the probability stated and the confidence that decides. */
  readonly probability?: ProbabilitySpec;
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
  /**
   * The least side bound the claim can run under (default 1): its inputs need sides this large (say
   * `k = 2r` with `r >= 16`). Under a smaller `--max-size` it is not run, and its outcome is
   * `inconclusive`, which says so (never a verdict).
   */
  readonly minSize?: number;
  /** Inputs whose sides are at most `maxSize` (at least {@link Claim.minSize}). */
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
