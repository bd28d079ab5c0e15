import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { fa } from '../rules/fa.js';
import type { SolveResult } from '../solve/solveDense.js';
import { faStepSize } from '../theory/faStepSize.js';
import type { Solvers } from './Solvers.js';
import { solveCase } from './solveCase.js';
import { tolerances } from './tolerances.js';

/**
 * FA on a generated instance, from its initial factors (zero when it has none), run until the loss is
 * within the solver tolerance of `targetLoss` or the iterates are stationary (FA stalls at its limit
 * when that limit is above the target), or the budget is spent. The step size defaults to
 * {@link faStepSize}.
 * @public
 */
export function runFaFromCase(
  c: FactorizationCase,
  targetLoss: number,
  eta = faStepSize(c),
  solvers?: Solvers,
): SolveResult {
  const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
  return solveCase(c.Y, c.r, c.B, c.Z0, c.W0, {
    rule: fa,
    eta,
    stopping: {
      kind: 'until',
      maxSteps: tolerances.maxSteps,
      targetLoss: targetLoss + tolerances.solverTol * yNormSq,
      stationaryTol: tolerances.stationaryTol,
    },
    ...(solvers === undefined ? {} : { solvers }),
  });
}
