import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { lossRecheck } from '../precision/lossRecheck.js';
import type { SolveResult } from '../solve/solveDense.js';
import { evaluation, type Claim } from './Claim.js';
import { targetNormSquared } from './targetNormSquared.js';
import { tolerances } from './tolerances.js';

/** What {@link lossAgainstTarget} needs to know of a claim "the run reaches this loss". */
export interface LossTargetSpec {
  /** The loss the run must reach: `L*(r)`, or 0. */
  target(c: FactorizationCase): number;
  /** An error bound on the computed target (0 when it is exact). */
  targetBound(c: FactorizationCase): number;
  /** The solver run, until within the solver tolerance of `target` (or stationary). */
  run(c: FactorizationCase, target: number): SolveResult;
  /** Name of the observed loss in a counterexample (`faLoss`, `gdLoss`). */
  readonly lossName: string;
}

/**
 * `evaluate` and `recheck` of a claim that a run reaches a target loss: the violation is
 * `(loss - target) / ||Y||_F^2` against `tolerances.lossTol`, and the recheck re-evaluates it in
 * double-double ({@link lossRecheck}).
 * @public
 */
export function lossAgainstTarget(
  spec: LossTargetSpec,
): Pick<Claim<FactorizationCase>, 'evaluate' | 'recheck'> {
  return {
    evaluate(c) {
      const target = spec.target(c);
      const run = spec.run(c, target);
      return evaluation((run.loss - target) / targetNormSquared(c), tolerances.lossTol, {
        [spec.lossName]: run.loss,
        targetLoss: target,
        steps: run.steps,
        reason: run.reason,
      });
    },
    recheck(c) {
      const target = spec.target(c);
      const run = spec.run(c, target);
      return lossRecheck(c.Y, run.Z, run.W, target, spec.targetBound(c), tolerances.lossTol);
    },
  };
}
