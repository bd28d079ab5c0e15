import { toDense } from '../linalg/Dense.js';
import { randomFactors } from '../random/randomFactors.js';
import { ruleRegistry } from '../rules/ruleRegistry.js';
import { faLimit } from '../theory/faLimit.js';
import { optimalLoss } from '../theory/optimalLoss.js';
import { Matrix } from 'ml-matrix';
import { parseSolveCase } from './parseSolveCase.js';
import { solveDense, type SolveResult } from './solveDense.js';
import type { LoopStopping } from './solveLoop.js';

/**
 * Runs one learning rule on one case: the validated entry of the solver. `input` has the shape of a
 * case file ({@link solveCaseSchema}); bad input throws an {@link InputError} naming the field.
 * @public
 */
export function solve(input: unknown): SolveResult {
  const c = parseSolveCase(input);
  const y = toDense(c.Y);
  const n = y.rows;
  const m = y.cols;
  const rule = ruleRegistry[c.rule];
  let z0 = c.Z0 === undefined ? null : toDense(c.Z0);
  let w0 = c.W0 === undefined ? null : toDense(c.W0);
  if (c.init !== undefined) ({ z0, w0 } = randomFactors(n, m, c.r, c.init.scale, c.init.seed));
  let stopping: LoopStopping;
  if (c.steps !== undefined) stopping = { kind: 'steps', steps: c.steps };
  else {
    const yNormSq = new Matrix(c.Y).norm('frobenius') ** 2;
    const target = c.target ?? 'optimal';
    const targetLoss =
      target === 'optimal'
        ? optimalLoss(new Matrix(c.Y), c.r)
        : target === 'fa-limit'
          ? faLimit(new Matrix(c.Y), new Matrix(c.B as number[][])).loss
          : target;
    stopping = {
      kind: 'until',
      maxSteps: c.maxSteps as number,
      targetLoss: targetLoss + (c.tol ?? 1e-10) * yNormSq,
      stationaryTol: c.stationaryTol ?? 1e-12,
    };
  }
  return solveDense({
    y,
    r: c.r,
    rule,
    eta: c.eta,
    b: c.B === undefined ? null : toDense(c.B),
    z0,
    w0,
    stopping,
    divergenceFactor: c.divergenceFactor ?? 1e6,
    traceEvery: c.traceEvery ?? 0,
    reduce: c.reduce ?? true,
    kernels: c.kernels ?? 'auto',
  });
}
