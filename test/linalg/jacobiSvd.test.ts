import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { jacobiSvd } from '../../src/linalg/jacobiSvd.js';
import { maxAbs, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

/** `||A - U diag(s) V^T||_F / ||A||_F`. */
const reconstructionError = (a: Matrix, values: Float64Array, u: Matrix, v: Matrix): number =>
  a
    .clone()
    .sub(u.clone().mulRowVector(Array.from(values)).mmul(v.transpose()))
    .norm('frobenius') / a.norm('frobenius');

describe('jacobiSvd', () => {
  it.each([
    [7, 5],
    [5, 7],
    [40, 30],
    [30, 40],
    [1, 6],
    [6, 1],
  ])('%i x %i Gaussian: orthonormal factors that rebuild A, values as ml-matrix has them', (n, m) => {
    const a = seededMatrix(n, m, `svd/${n}x${m}`);
    const { values, U, V } = jacobiSvd(a);
    const p = Math.min(n, m);
    expect([U.rows, U.columns, V.rows, V.columns]).toEqual([n, p, m, p]);
    expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-14);
    expect(reconstructionError(a, values, U, V)).toBeLessThanOrEqual(1e-14);
    for (let i = 1; i < p; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    const reference = new SingularValueDecomposition(a, { autoTranspose: true }).diagonal;
    reference.forEach((s, i) => expect(Math.abs(values[i] - s)).toBeLessThanOrEqual(1e-14 * reference[0]));
  });

  it('gives the rank of a low-rank matrix: values beyond it at rounding level', () => {
    const a = seededLowRank(12, 9, 3, 'svd/low');
    const { values } = jacobiSvd(a, false);
    expect(values[2]).toBeGreaterThanOrEqual(0.1);
    expect(values[3]).toBeLessThanOrEqual(1e-14 * values[0]);
  });

  it('ends on the 30 x 31 feedback matrix on which ml-matrix SingularValueDecomposition loops forever', () => {
    // From `check fa-reduction-is-exact --runs 1000 --max-size 32 --seed 7`, case 410 (a repeated
    // column): ml-matrix 6.15 never returns on it (mljs/matrix issue #70); the run never ended.
    const rows = JSON.parse(
      readFileSync(new URL('./svdHangsMlMatrix.json', import.meta.url), 'utf8'),
    ) as number[][];
    const b = new Matrix(rows);
    const { values, U, V } = jacobiSvd(b);
    expect(reconstructionError(b, values, U, V)).toBeLessThanOrEqual(1e-14);
    // Every column the same: rank 1 (numpy: 4.627, then 9.5e-16 and below).
    expect(values.length).toBe(30);
    expect(Math.abs(values[0] - 4.626845984665363)).toBeLessThanOrEqual(1e-13);
    expect(values[1]).toBeLessThanOrEqual(1e-14 * values[0]);
    const first = (q: Matrix): Matrix => q.subMatrix(0, q.rows - 1, 0, 0);
    expect(orthonormalityError(first(U))).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(first(V))).toBeLessThanOrEqual(1e-14);
  });

  it('settles on a Gaussian 33 x 8 matrix whose pairs a bound of eps alone never let rest', () => {
    // From verify --profile thorough (kp-reaches-regularized-optimum, seed 7, path 579:3:9*5): with
    // |g_p . g_q| <= eps ||g_p|| ||g_q|| as the test of orthogonality the sweeps never ended.
    const rows = JSON.parse(
      readFileSync(new URL('./svdSettlesAtRounding.json', import.meta.url), 'utf8'),
    ) as number[][];
    const a = new Matrix(rows);
    const { values, U, V } = jacobiSvd(a);
    expect(reconstructionError(a, values, U, V)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-14);
    const reference = new SingularValueDecomposition(a, { autoTranspose: true }).diagonal;
    reference.forEach((s, i) => expect(Math.abs(values[i] - s)).toBeLessThanOrEqual(1e-14 * reference[0]));
  });

  it('ends and rebuilds A on generated matrices of every rank, repeated columns and scales included', () => {
    const entry = fc.integer({ min: -1000, max: 1000 }).map((i) => i / 1000);
    const input = fc.record({
      n: fc.integer({ min: 1, max: 12 }),
      m: fc.integer({ min: 1, max: 12 }),
      k: fc.integer({ min: 0, max: 12 }),
      left: fc.array(entry, { minLength: 144, maxLength: 144 }),
      right: fc.array(entry, { minLength: 144, maxLength: 144 }),
      repeat: fc.boolean(),
      scale: fc.constantFrom(1, 1e-150, 1e150),
    });
    fc.assert(
      fc.property(input, ({ n, m, k, left, right, repeat, scale }) => {
        // A = L R with L n x k, R k x m: rank at most k; with `repeat`, every column is the first.
        const grid = (rows: number, cols: number, from: readonly number[]): Matrix =>
          new Matrix(Array.from({ length: rows }, (_, i) => from.slice(i * 12, i * 12 + cols)));
        const product = k === 0 ? new Matrix(n, m) : grid(n, k, left).mmul(grid(k, m, right));
        const a = repeat ? new Matrix(n, m).fill(0).addColumnVector(product.getColumnVector(0)) : product;
        a.mul(scale);
        const { values, U, V } = jacobiSvd(a);
        const norm = a.norm('frobenius');
        const rebuilt = U.clone().mulRowVector(Array.from(values)).mmul(V.transpose());
        expect(a.clone().sub(rebuilt).norm('frobenius')).toBeLessThanOrEqual(1e-13 * norm + Number.MIN_VALUE);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('a zero matrix: zero values, zero U, orthonormal V', () => {
    const { values, U, V } = jacobiSvd(new Matrix(3, 2));
    expect(Array.from(values)).toEqual([0, 0]);
    expect(maxAbs(U.to1DArray())).toBe(0);
    expect(orthonormalityError(V)).toBe(0);
  });

  it('does not overflow at entries of 1e200', () => {
    const a = seededMatrix(5, 4, 'svd/huge').mul(1e200);
    const { values } = jacobiSvd(a, false);
    const reference = jacobiSvd(seededMatrix(5, 4, 'svd/huge'), false).values;
    values.forEach((s, i) =>
      expect(Math.abs(s / 1e200 - reference[i])).toBeLessThanOrEqual(1e-14 * reference[0]),
    );
  });
});
