import type fc from 'fast-check';
import { caseRegimes } from './caseRegimes.js';
import { describeCase } from './describeCase.js';
import { defaultCodec } from '../fixtures/defaultCodec.js';
import { caseLens } from '../shrink/caseLens.js';
import type { Solvers } from '../solvers/Solvers.js';
import { caseHypotheses } from '../claim/caseHypotheses.js';
import type {
  Claim,
  ClaimKind,
  Evaluation,
  Expectation,
  ProbabilitySpec,
  SearchTarget,
} from '../claim/Claim.js';
import type { InputCodec } from '../claim/InputCodec.js';
import type { PrecisionRecheck } from '../claim/PrecisionRecheck.js';

/**
 * What a claim author writes for {@link defineClaim}: the id, the expected outcome, the statement, a
 * generator and an `evaluate`; everything else is optional and has a default.
 * @public
 */
export interface ClaimDefinition<T> {
  /** A unique id (the CLI's `check <id>`, the fixture folder's name): letters, digits, `-`, `_`, `.`. */
  readonly id: string;
  /**
   * What you expect: `holds` (a conjecture), or `refuted` (a statement you know to be false); for an
   * existence claim, `witnessed`.
   */
  readonly expected: Expectation;
  /** `existence` or `probability` for those kinds of statement (default `universal`; docs/theory.md, "Outcomes"). */
  readonly kind?: ClaimKind;
  /** The targeted search of an existence claim (or of a claim expected refuted whose counterexamples are rare). */
  readonly target?: SearchTarget<T>;
  /** A high-probability claim's `p` (and confidence). */
  readonly probability?: ProbabilitySpec;
  /** The least side bound the claim's inputs need (below it the claim is reported as not run). */
  readonly minSize?: number;
  readonly statement: string;
  /** Inputs whose sides are at most `maxSize` (e.g. `factorizationCaseArbitrary({ maxSide: maxSize })`). */
  arbitrary(maxSize: number): fc.Arbitrary<T>;
  /** Runs the claim on one input: `evaluation(violation, tolerance, observed)`; it passes when `violation <= tolerance`. */
  evaluate(input: T, solvers?: Solvers): Evaluation;
  /** The hypotheses the generator guarantees, in words. Default: none. */
  readonly hypotheses?: readonly string[];
  /**
   * The unmet hypotheses of an input, in words. Default: for a factorization instance (or an input
   * holding one in its field `c`) its consistency (`caseHypotheses()`); for any other input, none.
   */
  unmetHypotheses?(input: T): readonly string[];
  /** The regimes the generator is meant to reach. Default: none named (whatever `classify` says is counted). */
  readonly regimes?: readonly string[];
  /** The regimes of an input. Default: `caseRegimes` of its factorization instance; else none. */
  classify?(input: T): readonly string[];
  /** The input as plain values. Default: `describeCase` of its instance (and the input's other fields); else its fields. */
  describe?(input: T): Readonly<Record<string, unknown>>;
  /** How inputs are stored in fixtures. Default: {@link defaultCodec}. */
  readonly codec?: InputCodec<T>;
  /** A precision recheck of a counterexample. Default: the margin rule (`marginRecheck`). */
  recheck?(input: T, solvers?: Solvers): PrecisionRecheck;
  readonly regimeRequirements?: Readonly<Record<string, number>>;
  readonly minimalCounterexample?: Readonly<{ n: number; m: number; rankY: number; r: number }>;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const consistency = caseHypotheses();

/** Plain fields of an input (numbers, strings, booleans), for a description. */
function plainFields(input: unknown): Record<string, unknown> {
  if (input === null || typeof input !== 'object') return { input };
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => ['number', 'string', 'boolean'].includes(typeof v)),
  );
}

/**
 * A {@link Claim} from a {@link ClaimDefinition}, its defaults filled: a codec that stores
 * factorization instances and plain values ({@link defaultCodec}), a description, regimes and the
 * consistency hypotheses of the factorization instance inside the input, if there is one. The input
 * type is inferred from `arbitrary`. Throws an `Error` naming `id` when the id cannot name a folder.
 * @public
 */
export function defineClaim<T>(definition: ClaimDefinition<T>): Claim<T> {
  if (typeof definition.id !== 'string' || !ID.test(definition.id)) {
    throw new Error(
      `defineClaim: id ${JSON.stringify(definition.id)} must be letters, digits, '-', '_' or '.' (it names the fixture folder)`,
    );
  }
  const lens = (input: T) => caseLens(input);
  return {
    ...definition,
    hypotheses: definition.hypotheses ?? [],
    regimes: definition.regimes ?? [],
    unmetHypotheses:
      definition.unmetHypotheses ??
      ((input) => {
        const l = lens(input);
        return l === null ? [] : consistency(l.get(input));
      }),
    classify:
      definition.classify ??
      ((input) => {
        const l = lens(input);
        return l === null ? [] : caseRegimes(l.get(input));
      }),
    describe:
      definition.describe ??
      ((input) => {
        const l = lens(input);
        if (l === null) return plainFields(input);
        const c = l.get(input);
        return c === (input as unknown) ? describeCase(c) : { ...describeCase(c), ...plainFields(input) };
      }),
    codec: definition.codec ?? (defaultCodec as InputCodec<T>),
  };
}
