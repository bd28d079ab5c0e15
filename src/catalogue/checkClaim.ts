import fc from 'fast-check';
import type { AnyClaim, Evaluation } from './Claim.js';
import type { ClaimResult, Counterexample } from './ClaimResult.js';
import { codecOf } from '../fixtures/codecOf.js';
import { marginRecheck } from '../precision/marginRecheck.js';
import { caseLens } from '../shrink/caseLens.js';
import { simplifyCase } from '../shrink/simplifyCase.js';
import { smallerSides } from '../shrink/smallerSides.js';

/** Options of {@link checkClaim}. @public */
export interface CheckOptions {
  readonly runs: number;
  readonly seed: number;
  /** Largest matrix side (at least 2). */
  readonly maxSize: number;
  /** Replay path from an earlier failure. */
  readonly path?: string;
}

/**
 * How far past its tolerance an input must go to refute a claim expected to be `refuted`: a
 * counterexample that only grazes the tolerance is decided by rounding, so shrinking is not allowed to
 * slide to the tolerance's edge. Claims expected to hold fail at the tolerance itself.
 * @public
 */
export const DECISIVE_MULTIPLE = 10;

/**
 * Runs one claim as a fast-check property: generate, evaluate, and on failure shrink to the smallest
 * counterexample. The outcome is `refuted` when a counterexample was found (for claims expected to be
 * refuted, one at least {@link DECISIVE_MULTIPLE} times past the tolerance), `holds` otherwise; the
 * regime counts come from the same seeded sequence of inputs.
 * @public
 */
export function checkClaim(claim: AnyClaim, options: CheckOptions): ClaimResult {
  const start = performance.now();
  const arbitrary = claim.arbitrary(options.maxSize);
  const multiple = claim.expected === 'refuted' ? DECISIVE_MULTIPLE : 1;
  const check = (arb: fc.Arbitrary<unknown>, path?: string): fc.RunDetails<[unknown]> =>
    fc.check(
      fc.property(arb, (input) => {
        const ev = claim.evaluate(input);
        return ev.violation <= multiple * ev.tolerance; // false on NaN: a NaN refutes
      }),
      { numRuns: options.runs, seed: options.seed, ...(path === undefined ? {} : { path }) },
    );
  const first = check(arbitrary, options.path);
  // A replay (with a path) reproduces exactly; a fresh refutation is searched again on smaller sides.
  const { details, maxSize } =
    options.path === undefined
      ? smallerSides(claim, first, options.maxSize, (size) => check(claim.arbitrary(size)))
      : { details: first, maxSize: options.maxSize };
  const stats: Record<string, number> = {};
  for (const label of claim.regimes) stats[label] = 0;
  for (const input of fc.sample(arbitrary, { numRuns: first.numRuns, seed: options.seed })) {
    for (const label of claim.classify(input)) stats[label] = (stats[label] ?? 0) + 1;
  }
  const base = {
    claim: claim.id,
    expected: claim.expected,
    runs: first.numRuns,
    seed: options.seed,
    stats,
  };
  if (!details.failed || details.counterexample === null) {
    return { ...base, outcome: 'holds', seconds: (performance.now() - start) / 1000 };
  }
  const input = simplify(claim, details.counterexample[0], multiple);
  // A predicate that returned false is a refutation; one that threw is reported as an error too.
  const message = details.errorInstance instanceof Error ? details.errorInstance.message : '';
  const thrown = message === '' || message.includes('returning false') ? undefined : message.split('\n')[0];
  let ev: Evaluation;
  try {
    ev = claim.evaluate(input);
  } catch (e) {
    ev = { pass: false, violation: Number.NaN, tolerance: 0, observed: { thrown: String(e) } };
  }
  const precision =
    claim.recheck !== undefined && Number.isFinite(ev.violation) ? claim.recheck(input) : marginRecheck(ev);
  const roundingOnly = claim.expected === 'holds' && precision.label === 'rounding' && thrown === undefined;
  const counterexample = {
    ...claim.describe(input),
    ...ev.observed,
    violation: ev.violation,
    tolerance: ev.tolerance,
    margin: ev.tolerance > 0 ? ev.violation / ev.tolerance : ev.violation,
  } as Counterexample;
  return {
    ...base,
    outcome: roundingOnly ? 'holds' : 'refuted',
    maxSize,
    seconds: (performance.now() - start) / 1000,
    path: details.counterexamplePath ?? '',
    shrinks: details.numShrinks,
    counterexample,
    input: codecOf(claim).encode(input),
    precision,
    ...(roundingOnly ? { roundingOnly } : {}),
    ...(thrown === undefined ? {} : { error: thrown }),
  };
}

/**
 * Structure-aware shrinking after fast-check's: simplifies the factorization instance inside the input
 * while the claim still fails decisively (a finite violation past `multiple` tolerances).
 */
function simplify(claim: AnyClaim, input: unknown, multiple: number): unknown {
  const lens = caseLens(input);
  if (lens === null) return input;
  const fails = (c: unknown): boolean => {
    try {
      const ev = claim.evaluate(lens.set(input, c as never));
      return Number.isFinite(ev.violation) && ev.violation > multiple * ev.tolerance;
    } catch {
      return false;
    }
  };
  return lens.set(input, simplifyCase(lens.get(input), fails));
}
