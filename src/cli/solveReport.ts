import { parseSolveCase } from '../solve/parseSolveCase.js';
import { solveValidCase } from '../solve/solve.js';
import type { Solution } from '../solve/Solution.js';

/**
 * What `fa-verify solve` reports about one case: the library's {@link Solution}, field for field, with
 * its matrices as rows and the product `Z W` beside them (typed data, formatted elsewhere). @internal
 */
export interface SolveReport extends Omit<Solution, 'Z' | 'W'> {
  readonly product: number[][];
  readonly Z: number[][];
  readonly W: number[][];
}

/**
 * Solves a case (the raw contents of a case file) as the library's `solve` does, and returns its
 * {@link Solution} as plain values. The case is parsed once, here, and run as parsed. Throws
 * `InputError` on bad input.
 * @internal
 */
export function solveReport(input: unknown, onProgress?: (step: number, loss: number) => void): SolveReport {
  const { rule, n, m, r, loss, optimalLoss, Z, W, ...rest } = solveValidCase(
    parseSolveCase(input),
    onProgress,
  );
  // The case and the losses first, then the matrices, then the rest of the run, as the CLI has printed them.
  return {
    rule,
    n,
    m,
    r,
    loss,
    optimalLoss,
    product: Z.mmul(W).to2DArray(),
    Z: Z.to2DArray(),
    W: W.to2DArray(),
    ...rest,
  };
}
