import type { AnyClaim, Evaluation } from './Claim.js';
import { isDecisive } from './isDecisive.js';
import { realSolvers, type Solvers } from '../solvers/Solvers.js';

/**
 * What one input does to a claim:
 * - `outside`: it does not satisfy the claim's hypotheses (no evaluation is made);
 * - `error`: the evaluation threw, gave a non-finite violation or tolerance, or said it could not
 *   finish (never a verdict);
 * - `pass`: violation within the tolerance;
 * - `marginal`: past the tolerance, but not decisively (at most `DECISIVE_MULTIPLE` tolerances);
 * - `decisive`: past it by more than `DECISIVE_MULTIPLE` tolerances ({@link isDecisive}).
 * @public
 */
export type JudgementKind = 'outside' | 'error' | 'pass' | 'marginal' | 'decisive';

/** A {@link JudgementKind} with its evaluation, or the message of what went wrong. @public */
export interface Judgement {
  readonly kind: JudgementKind;
  readonly evaluation?: Evaluation;
  /** For `outside`, the unmet hypotheses; for `error`, what failed. */
  readonly message?: string;
}

/** The first line of what was thrown. */
const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/**
 * Checks the claim's hypotheses on `input`, then evaluates it and sorts the result into a
 * {@link JudgementKind}. Never throws: a throw from the claim is an `error` judgement.
 * @public
 */
export function judgeInput(claim: AnyClaim, input: unknown, solvers: Solvers = realSolvers): Judgement {
  let unmet: readonly string[];
  try {
    unmet = claim.unmetHypotheses(input);
  } catch (e) {
    return { kind: 'error', message: `hypothesis check threw: ${firstLine(e)}` };
  }
  if (unmet.length > 0) return { kind: 'outside', message: unmet.join('; ') };
  let ev: Evaluation;
  try {
    ev = claim.evaluate(input, solvers);
  } catch (e) {
    return { kind: 'error', message: `evaluation threw: ${firstLine(e)}` };
  }
  if (ev.error !== undefined) return { kind: 'error', evaluation: ev, message: ev.error };
  if (!Number.isFinite(ev.violation) || !Number.isFinite(ev.tolerance) || ev.tolerance < 0) {
    return {
      kind: 'error',
      evaluation: ev,
      message: `non-finite evaluation: violation ${ev.violation}, tolerance ${ev.tolerance}`,
    };
  }
  if (ev.violation <= ev.tolerance) return { kind: 'pass', evaluation: ev };
  return { kind: isDecisive(ev.violation, ev.tolerance) ? 'decisive' : 'marginal', evaluation: ev };
}
