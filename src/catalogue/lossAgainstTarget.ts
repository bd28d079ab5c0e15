import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { lossRecheck } from '../precision/lossRecheck.js';
import type { SolveResult } from '../solve/solveDense.js';
import { evaluation, unfinished, type Claim } from '../claim/Claim.js';
import type { Solvers } from '../solvers/Solvers.js';
import { targetNormSquared } from '../generate/targetNormSquared.js';
import { tolerances } from '../solvers/tolerances.js';

/** What {@link lossAgainstTarget} needs to know of a claim "the run reaches this loss". @public */
export interface LossTargetSpec {
  /** The loss the run must reach: `L*(r)`, or 0. */
  target(c: FactorizationCase): number;
  /** An error bound on the computed target (0 when it is exact). */
  targetBound(c: FactorizationCase): number;
  /** The solver run, until within the solver tolerance of `target` (or stationary). */
  run(c: FactorizationCase, target: number, solvers?: Solvers): SolveResult;
  /** Name of the observed loss in a counterexample (`faLoss`, `gdLoss`). */
  readonly lossName: string;
}

/**
 * `evaluate` and `recheck` of a claim that a run reaches a target loss: the violation is
 * `(loss - target) / ||Y||_F^2` against `tolerances.lossTol`, and the recheck re-evaluates it in
 * double-double ({@link lossRecheck}). A run that ends on its budget short of the target is an error
 * (unfinished), not a verdict; a diverged run is judged by its last finite loss.
 * @public
 */
export function lossAgainstTarget(
  spec: LossTargetSpec,
): Pick<Claim<FactorizationCase>, 'evaluate' | 'recheck'> {
  return {
    evaluate(c, solvers) {
      const target = spec.target(c);
      const run = spec.run(c, target, solvers);
      // The loss of the factors the run returns, not the loss it reports: a solver whose report and
      // factors disagree (a bug) must not pass on its word.
      const loss = run.Z.mmul(run.W).sub(c.Y).norm('frobenius') ** 2;
      const observed = {
        [spec.lossName]: loss,
        reportedLoss: run.loss,
        targetLoss: target,
        steps: run.steps,
        reason: run.reason,
      };
      const ev = evaluation((loss - target) / targetNormSquared(c), tolerances.lossTol, observed);
      // Still short of the target when the budget ran out: the statement needs the run's end point.
      if (!ev.pass && run.reason === 'budget') {
        return unfinished(`the run did not converge within ${run.steps} steps`, observed);
      }
      return ev;
    },
    recheck(c, solvers) {
      const target = spec.target(c);
      const run = spec.run(c, target, solvers);
      return lossRecheck(c.Y, run.Z, run.W, target, spec.targetBound(c), tolerances.lossTol);
    },
  };
}
