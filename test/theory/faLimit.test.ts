import fc from 'fast-check';
import { inverse, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { safeFaStepSize } from '../../src/theory/safeFaStepSize.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';
import { solveCaseFile } from '../_support/solveCaseFile.js';
import { faLimit } from '../../src/theory/faLimit.js';
import { toDense } from '../../src/linalg/Dense.js';
import { rankTolerance } from '../../src/theory/rankTolerance.js';
import { rowSpaceBasis } from '../../src/theory/rowSpaceBasis.js';
import { optimalLoss } from '../../src/theory/optimalLoss.js';
import { maxAbsDiff, seededLowRank, seededMatrix, seededOrthonormal } from '../_support/seededMatrix.js';

const rotation = (t: number): Matrix =>
  new Matrix([
    [Math.cos(t), -Math.sin(t)],
    [Math.sin(t), Math.cos(t)],
  ]);

/** docs/theory.md §Closed forms (3): L_FA = eps^2 (g1^2 + g2^2) / (g1^2 + eps^2 g2^2), with g_i = u_i^T b. */
function separationLoss(eps: number, g1: number, g2: number): number {
  return (eps ** 2 * (g1 ** 2 + g2 ** 2)) / (g1 ** 2 + eps ** 2 * g2 ** 2);
}

interface SeparationCase {
  readonly name: string;
  /** n x 2, orthonormal columns u1, u2. */
  readonly u: Matrix;
  /** 2 x 2 orthogonal. */
  readonly v: Matrix;
  readonly eps: number;
  /** n x 1. */
  readonly b: Matrix;
}

const CASES: readonly SeparationCase[] = [
  { name: '2x2, eps 0.5', u: rotation(0.3), v: rotation(1.1), eps: 0.5, b: new Matrix([[0.2], [0.9]]) },
  { name: '2x2, eps 0.3', u: rotation(0.7), v: rotation(-0.4), eps: 0.3, b: new Matrix([[0.8], [-0.6]]) },
  {
    name: '2x2 diagonal, eps 0.2',
    u: Matrix.eye(2),
    v: Matrix.eye(2),
    eps: 0.2,
    b: new Matrix([[0.1], [1]]),
  },
  {
    name: '4x2 (b has a part outside span U), eps 0.4',
    u: seededOrthonormal(4, 2, 'separation/U'),
    v: rotation(2.0),
    eps: 0.4,
    b: seededMatrix(4, 1, 'separation/b'),
  },
];

describe('faLimit on the rank-one separation family (Y = U diag(1, eps) V^T, r = 1)', () => {
  for (const c of CASES) {
    const y = c.u.mmul(Matrix.diag([1, c.eps])).mmul(c.v.transpose());
    const g = c.u.transpose().mmul(c.b).to1DArray();
    const expected = separationLoss(c.eps, g[0], g[1]);

    it(`${c.name}: closed form L_FA, dim S = 1, and L* = eps^2`, () => {
      const limit = faLimit(y, c.b);
      expect(limit.dimension).toBe(1);
      expect(Math.abs(limit.loss - expected), `${limit.loss} vs ${expected}`).toBeLessThanOrEqual(
        1e-12 * expected,
      );
      expect(Math.abs(optimalLoss(y, 1) - c.eps ** 2)).toBeLessThanOrEqual(1e-12);
      expect(limit.loss).toBeGreaterThan(c.eps ** 2); // FA is not optimal here
      const direct = Matrix.sub(y, limit.product).norm('frobenius') ** 2;
      expect(Math.abs(direct - limit.loss)).toBeLessThanOrEqual(1e-12);
    });

    it(`${c.name}: FA from zero, run to stationarity, reaches L_FA and Y P_S`, () => {
      const res = solveCaseFile({
        Y: y.to2DArray(),
        r: 1,
        rule: 'fa',
        eta: 0.3,
        B: c.b.to2DArray(),
        maxSteps: 20000,
      });
      expect(res.reason).toBe('stationary');
      expect(Math.abs(res.loss - expected), `${res.loss} vs ${expected}`).toBeLessThanOrEqual(
        1e-9 * expected,
      );
      const product = res.Z.mmul(res.W).to1DArray();
      expect(maxAbsDiff(product, faLimit(y, c.b).product.to1DArray())).toBeLessThanOrEqual(1e-8);
    });
  }

  it('gives L_FA = 1 = L* / eps^2 when b = u2 (orthogonal to u1)', () => {
    const eps = 0.1;
    const u = rotation(0.5);
    const y = u.mmul(Matrix.diag([1, eps])).mmul(rotation(0.2).transpose());
    const b = u.getColumnVector(1);
    const limit = faLimit(y, b);
    expect(Math.abs(limit.loss - 1)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(limit.loss / optimalLoss(y, 1) - 1 / eps ** 2)).toBeLessThanOrEqual(1e-8);
  });
});

describe('faLimit, general', () => {
  it.each([
    [5, 4, 2, 2],
    [5, 4, 2, 3],
    [3, 6, 3, 3],
  ])('is Y itself with loss 0 when r >= rank(Y) and B is Gaussian (n=%i, m=%i, k=%i, r=%i)', (n, m, k, r) => {
    const seed = `falimit/${n}x${m}/k${k}/r${r}`;
    const y = seededLowRank(n, m, k, `${seed}/Y`);
    const limit = faLimit(y, seededMatrix(n, r, `${seed}/B`));
    expect(limit.dimension).toBe(k);
    expect(limit.loss).toBeLessThanOrEqual(1e-24);
    expect(maxAbsDiff(limit.product.to1DArray(), y.to1DArray())).toBeLessThanOrEqual(1e-12);
  });

  it('loses a direction when B repeats a column (rank(B^T Y) < rank(Y))', () => {
    const eps = 0.5;
    const y = Matrix.diag([1, eps]);
    const b = new Matrix([
      [0.6, 0.6],
      [0.8, 0.8],
    ]);
    const limit = faLimit(y, b);
    expect(limit.dimension).toBe(1);
    expect(Math.abs(limit.loss - separationLoss(eps, 0.6, 0.8))).toBeLessThanOrEqual(1e-12);
  });

  it('is ||Y||^2 with dimension 0 when B^T Y = 0', () => {
    const y = new Matrix([
      [1, 2],
      [0, 0],
    ]);
    const limit = faLimit(y, new Matrix([[0], [1]]));
    expect(limit.dimension).toBe(0);
    expect(Math.abs(limit.loss - 5)).toBeLessThanOrEqual(1e-15);
  });
});

/**
 * An oracle for `Y P_S`, `S = row(B^T Y)`, that shares nothing with `faLimit`'s SVD path: with
 * `Y = U diag(s) V^T` from the generator's parts, `B^T Y = M V^T` where `M = B^T U diag(s)` (`r x k`),
 * so `S = V row(M)`. Keep an independent set of rows of `M` (Gram–Schmidt with a relative threshold,
 * rows are few and the cases well conditioned), then `P_S = V G^T (G G^T)^{-1} G V^T` with `G` those rows
 * (normal equations on a full-row-rank `G`).
 */
function projectedTarget(c: FactorizationCase): { product: Matrix; dimension: number } {
  const m = c.B.transpose()
    .mmul(c.U)
    .mmul(Matrix.diag([...c.s]));
  const rows: number[][] = [];
  const ortho: number[][] = [];
  const threshold = 1e-9 * Math.max(1, c.B.norm('frobenius')) * c.Y.norm('frobenius');
  for (let i = 0; i < m.rows; i++) {
    const row = m.getRow(i);
    const w = [...row];
    for (const q of ortho) {
      const d = w.reduce((acc, x, j) => acc + x * q[j], 0);
      for (let j = 0; j < w.length; j++) w[j] -= d * q[j];
    }
    const norm = Math.hypot(...w);
    if (norm > threshold) {
      rows.push(row);
      ortho.push(w.map((x) => x / norm));
    }
  }
  if (rows.length === 0) return { product: Matrix.zeros(c.n, c.m), dimension: 0 };
  const g = new Matrix(rows).mmul(c.V.transpose()); // dim S x m, rows spanning S
  const p = g
    .transpose()
    .mmul(inverse(g.mmul(g.transpose())))
    .mmul(g);
  return { product: c.Y.mmul(p), dimension: rows.length };
}

describe('faLimit against independent oracles on generated cases', () => {
  const families = ['gaussian', 'orthonormal', 'repeated-column'] as const;

  it.each(families)(
    '%s feedback: Y P_S and its loss equal a normal-equations projection onto V row(B^T U S)',
    (family) => {
      fc.assert(
        fc.property(factorizationCaseArbitrary({ maxSide: 6, maxCondition: 30, feedback: [family] }), (c) => {
          const limit = faLimit(c.Y, c.B);
          const oracle = projectedTarget(c);
          const yy = c.Y.norm('frobenius') ** 2;
          expect(limit.dimension).toBe(oracle.dimension);
          expect(maxAbsDiff(limit.product.to1DArray(), oracle.product.to1DArray())).toBeLessThanOrEqual(1e-9);
          const oracleLoss = Matrix.sub(c.Y, oracle.product).norm('frobenius') ** 2;
          expect(Math.abs(limit.loss - oracleLoss)).toBeLessThanOrEqual(1e-9 * yy);
        }),
        { seed: 11, numRuns: 60 },
      );
    },
  );

  it('equals the long-run FA iterate from zero (loss and product) on generated cases with r < rank(Y)', () => {
    fc.assert(
      fc.property(factorizationCaseArbitrary({ maxSide: 4, rank: 'r<k', maxCondition: 4 }), (c) => {
        const res = solveCaseFile({
          Y: c.Y.to2DArray(),
          r: c.r,
          rule: 'fa',
          eta: safeFaStepSize(1, c.B),
          B: c.B.to2DArray(),
          maxSteps: 40_000,
          target: 0, // never reached (r < rank): the run ends stationary
        });
        const limit = faLimit(c.Y, c.B);
        expect(res.reason).toBe('stationary');
        expect(Math.abs(res.loss - limit.loss), `${res.loss} vs ${limit.loss}`).toBeLessThanOrEqual(1e-7);
        expect(maxAbsDiff(res.Z.mmul(res.W).to1DArray(), limit.product.to1DArray())).toBeLessThanOrEqual(
          1e-5,
        );
      }),
      { seed: 5, numRuns: 12 },
    );
  });
});

/** The products of faLimit as ml-matrix takes them, on the same basis: what the dense kernels replace. */
function mlMatrixLimit(y: Matrix, b: Matrix): { product: Matrix; loss: number; dimension: number } {
  const scale = b.norm('frobenius') * y.norm('frobenius');
  const q = rowSpaceBasis(
    b.transpose().mmul(y),
    rankTolerance(b.rows, Math.max(b.columns, y.columns), scale),
  );
  const product = y.mmul(q).mmul(q.transpose());
  return { product, loss: Matrix.sub(y, product).norm('frobenius') ** 2, dimension: q.columns };
}

describe('faLimit on dense kernels against ml-matrix products', () => {
  it.each([
    [5, 4, 2, 'js'],
    [40, 30, 5, 'js'],
    [96, 80, 12, 'wasm'],
    [130, 70, 9, 'wasm'],
  ])('%i x %i, r = %i (%s kernels): the same dimension, product and loss to rounding', (n, m, r) => {
    const seed = `falimit/dense/${n}x${m}/${r}`;
    const y = seededMatrix(n, m, `${seed}/Y`);
    const b = seededMatrix(n, r, `${seed}/B`);
    const limit = faLimit(y, b);
    const ref = mlMatrixLimit(y, b);
    const yy = y.norm('frobenius') ** 2;
    expect(limit.dimension).toBe(ref.dimension);
    expect(maxAbsDiff(limit.product.to1DArray(), ref.product.to1DArray())).toBeLessThanOrEqual(
      1e-13 * Math.sqrt(yy),
    );
    expect(Math.abs(limit.loss - ref.loss)).toBeLessThanOrEqual(1e-13 * yy);
    // Dense storage in gives the very same numbers; the product is made once.
    const dense = faLimit(toDense(y), toDense(b));
    expect(dense.loss).toBe(limit.loss);
    expect(dense.product.to1DArray()).toEqual(limit.product.to1DArray());
    expect(limit.product).toBe(limit.product);
  });
});
