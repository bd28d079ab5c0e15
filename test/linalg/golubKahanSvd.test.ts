import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { BidiagonalSvdFailed, bidiagonalSvd } from '../../src/linalg/bidiagonalSvd.js';
import { golubKahanSvd } from '../../src/linalg/golubKahanSvd.js';
import { jacobiSvd } from '../../src/linalg/jacobiSvd.js';
import { maxAbs, maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

/** `||A - U diag(s) V^T||_F / ||A||_F`. */
const reconstructionError = (a: Matrix, values: Float64Array, u: Matrix, v: Matrix): number =>
  a
    .clone()
    .sub(u.clone().mulRowVector(Array.from(values)).mmul(v.transpose()))
    .norm('frobenius') / a.norm('frobenius');

const regression = (name: string): Matrix =>
  new Matrix(JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as number[][]);

describe('golubKahanSvd (Householder bidiagonalisation, implicit-shift QR)', () => {
  it.each([
    [7, 5],
    [5, 7],
    [40, 30],
    [30, 40],
    [96, 72],
    [1, 6],
    [6, 1],
    [1, 1],
  ])(
    '%i x %i Gaussian: orthonormal factors that rebuild A, values as jacobiSvd and ml-matrix have them',
    (n, m) => {
      const a = seededMatrix(n, m, `gk/${n}x${m}`);
      const { values, U, V } = golubKahanSvd(a);
      const p = Math.min(n, m);
      expect([U.rows, U.columns, V.rows, V.columns]).toEqual([n, p, m, p]);
      expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-14 * Math.max(n, m));
      expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-14 * Math.max(n, m));
      expect(reconstructionError(a, values, U, V)).toBeLessThanOrEqual(1e-14 * Math.max(n, m));
      for (let i = 1; i < p; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
      const jacobi = jacobiSvd(a, false).values;
      expect(maxAbsDiff(values, jacobi)).toBeLessThanOrEqual(1e-14 * p * jacobi[0]);
      const reference = new SingularValueDecomposition(a, { autoTranspose: true }).diagonal;
      expect(maxAbsDiff(values, reference)).toBeLessThanOrEqual(1e-14 * p * jacobi[0]);
      // Without the vectors, the same values.
      expect(Array.from(golubKahanSvd(a, false).values)).toEqual(Array.from(values));
    },
  );

  it('a low-rank matrix: the values beyond its rank at rounding level, the kept vectors orthonormal', () => {
    const a = seededLowRank(30, 20, 4, 'gk/low');
    const { values, U, V } = golubKahanSvd(a);
    expect(values[3]).toBeGreaterThanOrEqual(0.05);
    expect(values[4]).toBeLessThanOrEqual(30 * Number.EPSILON * values[0]);
    expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-13);
    expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-13);
    expect(reconstructionError(a, values, U, V)).toBeLessThanOrEqual(1e-14);
  });

  it('ends on the 30 x 31 feedback on which ml-matrix SingularValueDecomposition loops forever', () => {
    const b = regression('svdHangsMlMatrix.json');
    const { values, U, V } = golubKahanSvd(b);
    expect(reconstructionError(b, values, U, V)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(values[0] - 4.626845984665363)).toBeLessThanOrEqual(1e-13);
    expect(values[1]).toBeLessThanOrEqual(1e-14 * values[0]);
    expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-14);
  });

  it('matches jacobiSvd on the Gaussian 33 x 8 matrix of svdSettlesAtRounding', () => {
    const a = regression('svdSettlesAtRounding.json');
    const { values, U, V } = golubKahanSvd(a);
    expect(reconstructionError(a, values, U, V)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-14);
    expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-14);
    const jacobi = jacobiSvd(a, false).values;
    expect(maxAbsDiff(values, jacobi)).toBeLessThanOrEqual(1e-14 * jacobi[0]);
  });

  it('orthonormal U and V on generated matrices of every rank, repeated columns, scales and grading', () => {
    const entry = fc.integer({ min: -1000, max: 1000 }).map((i) => i / 1000);
    const input = fc.record({
      n: fc.integer({ min: 1, max: 12 }),
      m: fc.integer({ min: 1, max: 12 }),
      k: fc.integer({ min: 0, max: 12 }),
      left: fc.array(entry, { minLength: 144, maxLength: 144 }),
      right: fc.array(entry, { minLength: 144, maxLength: 144 }),
      repeat: fc.boolean(),
      scale: fc.constantFrom(1, 1e-150, 1e150),
      // Rows scaled by grading^i: parts that shrink towards underflow as the reduction goes on.
      grading: fc.constantFrom(1, 1e-20, 1e-60),
    });
    fc.assert(
      fc.property(input, ({ n, m, k, left, right, repeat, scale, grading }) => {
        const grid = (rows: number, cols: number, from: readonly number[]): Matrix =>
          new Matrix(Array.from({ length: rows }, (_, i) => from.slice(i * 12, i * 12 + cols)));
        const product = k === 0 ? new Matrix(n, m) : grid(n, k, left).mmul(grid(k, m, right));
        const a = repeat ? new Matrix(n, m).fill(0).addColumnVector(product.getColumnVector(0)) : product;
        a.mul(scale);
        for (let i = 0; i < n; i++) a.mulRow(i, grading ** i);
        const { values, U, V } = golubKahanSvd(a);
        // Against the largest entry (ml-matrix's Frobenius norm underflows at these scales).
        const big = maxAbs(a.to1DArray());
        const rebuilt = U.clone().mulRowVector(Array.from(values)).mmul(V.transpose());
        expect(maxAbs(a.clone().sub(rebuilt).to1DArray())).toBeLessThanOrEqual(
          1e-13 * big + Number.MIN_VALUE,
        );
        expect(orthonormalityError(U)).toBeLessThanOrEqual(1e-13);
        expect(orthonormalityError(V)).toBeLessThanOrEqual(1e-13);
        const jacobi = jacobiSvd(a, false).values;
        expect(maxAbsDiff(values, jacobi)).toBeLessThanOrEqual(1e-13 * big + Number.MIN_VALUE);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('a zero matrix: zero values, orthonormal U and V', () => {
    const { values, U, V } = golubKahanSvd(new Matrix(3, 2));
    expect(Array.from(values)).toEqual([0, 0]);
    expect(orthonormalityError(U)).toBe(0);
    expect(orthonormalityError(V)).toBe(0);
  });

  it('does not overflow at entries of 1e200', () => {
    const a = seededMatrix(5, 4, 'gk/huge');
    const reference = golubKahanSvd(a, false).values;
    const { values } = golubKahanSvd(a.clone().mul(1e200), false);
    values.forEach((s, i) =>
      expect(Math.abs(s / 1e200 - reference[i])).toBeLessThanOrEqual(1e-14 * reference[0]),
    );
  });

  it('bidiagonalSvd throws BidiagonalSvdFailed on a value that is not a number, rather than looping', () => {
    const s = Float64Array.from([1, Number.NaN, 2]);
    const e = Float64Array.from([0.5, 0.5, 0]);
    expect(() => bidiagonalSvd({ s, e, u: null, v: null }, 3)).toThrow(BidiagonalSvdFailed);
  });
});
