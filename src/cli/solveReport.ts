import type { Matrix } from 'ml-matrix';
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
 * `Z W` as nested rows, bit for bit ml-matrix's `Z.mmul(W)`: each entry is summed over `k` in order
 * from 0, here row by row (`row += Z[i][k] W[k, :]`, the same additions in the same order) on flat
 * arrays, at a fraction of ml-matrix's time (its `get` per multiply-add).
 */
function productRows(z: Matrix, w: Matrix): number[][] {
  const n = z.rows;
  const r = z.columns;
  const m = w.columns;
  const zf = Float64Array.from(z.to1DArray());
  const wf = Float64Array.from(w.to1DArray());
  const acc = new Float64Array(m);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    for (let k = 0; k < r; k++) {
      const zik = zf[i * r + k];
      const wk = k * m;
      for (let j = 0; j < m; j++) acc[j] += zik * wf[wk + j];
    }
    rows.push(Array.from(acc));
  }
  return rows;
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
    product: productRows(Z, W),
    Z: Z.to2DArray(),
    W: W.to2DArray(),
    ...rest,
  };
}
