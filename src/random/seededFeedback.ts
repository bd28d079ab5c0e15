import { Matrix, QrDecomposition } from 'ml-matrix';
import type { FeedbackFamily } from '../generate/FeedbackFamily.js';
import { gaussianMatrix } from './gaussianMatrix.js';
import { gaussianSampler } from './gaussianSampler.js';
import { seededUniform } from './seededUniform.js';

/** Options of {@link seededFeedback}. @public */
export interface SeededFeedbackOptions {
  readonly family: FeedbackFamily;
  /** Rows of `B` (the rows of `Y`). */
  readonly n: number;
  /** Columns of `B` (the inner dimension). */
  readonly r: number;
  readonly seed: string;
  /** Left singular frame of `Y` (`n x k`), needed by `orthogonal-to-target`. */
  readonly u?: Matrix;
}

/**
 * Standalone seeded feedback matrices (`n x r`) from `seedrandom(seed)`:
 * - `gaussian`: i.i.d. `N(0, 1/n)`, the default draw of docs/theory.md;
 * - `orthonormal`: the Q factor of a Gaussian matrix (orthonormal columns; needs `r <= n`);
 * - `repeated-column`: a Gaussian first column repeated `r` times (rank 1);
 * - `orthogonal-to-target`: the Gaussian draw projected off the columns of `u`, so `B^T Y = 0`.
 * @public
 */
export function seededFeedback(o: SeededFeedbackOptions): Matrix {
  const normal = gaussianSampler(seededUniform(o.seed));
  const g = new Matrix(gaussianMatrix(o.n, o.r, 1 / Math.sqrt(o.n), normal));
  switch (o.family) {
    case 'gaussian':
    case 'iid-gaussian':
      return g;
    case 'orthonormal': {
      if (o.r > o.n) throw new RangeError(`orthonormal feedback needs r <= n, got r = ${o.r}, n = ${o.n}`);
      return new QrDecomposition(g).orthogonalMatrix.subMatrix(0, o.n - 1, 0, o.r - 1);
    }
    case 'repeated-column': {
      const b = g.clone();
      for (let j = 1; j < o.r; j++) for (let i = 0; i < o.n; i++) b.set(i, j, g.get(i, 0));
      return b;
    }
    case 'orthogonal-to-target': {
      if (o.u === undefined) throw new RangeError('orthogonal-to-target feedback needs the frame u of Y');
      return g.clone().sub(o.u.mmul(o.u.transpose().mmul(g)));
    }
  }
}
