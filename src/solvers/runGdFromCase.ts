import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { gd } from '../rules/gd.js';
import type { SolveResult } from '../solve/solveDense.js';
import { gdStepSize } from '../theory/gdStepSize.js';
import { solveCase } from './solveCase.js';
import type { Solvers } from './Solvers.js';
import { targetNormSquared } from '../generate/targetNormSquared.js';
import { tolerances } from './tolerances.js';

/**
 * GD on a generated instance from its small random initial factors, step `0.25 / s_1(Y)`, until the
 * loss is within the solver tolerance of `targetLoss` or the budget is spent (no stationarity stop:
 * GD must not be stopped on a plateau near a saddle).
 * @public
 */
export function runGdFromCase(c: FactorizationCase, targetLoss: number, solvers?: Solvers): SolveResult {
  return solveCase(c.Y, c.r, null, c.Z0, c.W0, {
    rule: gd,
    eta: gdStepSize(c.s[0]),
    stopping: {
      kind: 'until',
      maxSteps: tolerances.maxSteps,
      targetLoss: targetLoss + tolerances.solverTol * targetNormSquared(c),
      stationaryTol: 0,
    },
    ...(solvers === undefined ? {} : { solvers }),
  });
}
