import { Matrix } from 'ml-matrix';
import { expect } from 'vitest';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import type { FactorizationCaseConstraints } from '../../src/generate/factorizationCaseArbitrary.js';
import type { FeedbackFamily } from '../../src/generate/FeedbackFamily.js';
import { spectrumKinds } from '../../src/generate/spectrum.js';
import { numericalRank } from '../../src/theory/numericalRank.js';
import { singularValues } from '../../src/theory/singularValues.js';

/** The largest `|Q^T Q - I|` entry: 0 for orthonormal columns, NaN when an entry is NaN. */
export function orthonormalityError(q: Matrix): number {
  let worst = 0;
  for (let a = 0; a < q.columns; a++) {
    for (let b = 0; b < q.columns; b++) {
      let dot = 0;
      for (let i = 0; i < q.rows; i++) dot += q.get(i, a) * q.get(i, b);
      const d = Math.abs(dot - (a === b ? 1 : 0));
      if (Number.isNaN(d)) return Number.NaN;
      worst = Math.max(worst, d);
    }
  }
  return worst;
}

/** The largest `|a_ij - b_ij|`; NaN on a NaN entry or different shapes. */
export function matrixDiff(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.columns !== b.columns) return Number.NaN;
  let worst = 0;
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.columns; j++) {
      const d = Math.abs(a.get(i, j) - b.get(i, j));
      if (Number.isNaN(d)) return Number.NaN;
      worst = Math.max(worst, d);
    }
  }
  return worst;
}

/** `U diag(s) V^T` by explicit sums (not the generator's `mmul` chain). */
function product(u: Matrix, s: readonly number[], v: Matrix): Matrix {
  const y = new Matrix(u.rows, v.rows);
  for (let i = 0; i < u.rows; i++) {
    for (let j = 0; j < v.rows; j++) {
      let sum = 0;
      for (let l = 0; l < s.length; l++) sum += u.get(i, l) * s[l] * v.get(j, l);
      y.set(i, j, sum);
    }
  }
  return y;
}

/** The largest `|x|` over the draws of `gaussianArbitrary` (the normal quantile at `1 / (2^21 + 1)`). */
export const GAUSSIAN_BOUND = 5.1;

/** `[rows, columns]` of a matrix. */
const shape = (a: Matrix): [number, number] => [a.rows, a.columns];

/** Asserts the defining property of `B`'s family (see `FeedbackFamily`) for a case with frame `u`. */
export function expectFeedbackFamily(b: Matrix, family: FeedbackFamily, u: Matrix, label: string): void {
  const n = b.rows;
  const r = b.columns;
  expect(b.to1DArray().every(Number.isFinite), `${label}: B finite`).toBe(true);
  if (family === 'orthogonal-to-target') {
    expect(u.transpose().mmul(b).norm('frobenius'), `${label}: U^T B = 0`).toBeLessThanOrEqual(1e-12);
  } else if (family === 'repeated-column') {
    for (let j = 1; j < r; j++) {
      expect(b.getColumn(j), `${label}: column ${j} repeats column 0`).toStrictEqual(b.getColumn(0));
    }
    expect(numericalRank(b), `${label}: rank(B) = 1`).toBe(1);
  } else if (family === 'orthonormal' && r <= n) {
    expect(orthonormalityError(b), `${label}: B^T B = I`).toBeLessThanOrEqual(1e-12);
  } else {
    // gaussian, and orthonormal with r > n (which falls back to it): full rank, and generic against Y.
    expect(numericalRank(b), `${label}: rank(B) = min(n, r)`).toBe(Math.min(n, r));
    expect(numericalRank(b.transpose().mmul(u)), `${label}: rank(B^T U) = min(r, k)`).toBe(
      Math.min(r, u.columns),
    );
  }
}

/**
 * Asserts every invariant a {@link FactorizationCase} drawn under `constraints` promises: sides within
 * bounds, the rank relation, `Y = U diag(s) V^T` of numerical rank `k` with orthonormal frames, the
 * spectrum (sorted, `s_1 = 1`, its kind's shape and condition, the gap), `B`'s shape and family, and
 * the initial factors.
 */
export function expectFactorizationCase(
  c: FactorizationCase,
  constraints: FactorizationCaseConstraints,
): void {
  const rank = constraints.rank ?? 'any';
  const maxSide = constraints.maxSide ?? 8;
  const minSide = Math.min(maxSide, Math.max(constraints.minSide ?? 1, rank === 'r<k' ? 2 : 1));
  const label = `${c.n}x${c.m}, k=${c.k}, r=${c.r}, ${c.spectrum}, ${c.feedback}`;
  // Sides and the rank relation.
  for (const x of [c.n, c.m, c.k, c.r]) expect(Number.isInteger(x), label).toBe(true);
  for (const side of [c.n, c.m]) {
    expect(side, label).toBeGreaterThanOrEqual(minSide);
    expect(side, label).toBeLessThanOrEqual(maxSide);
  }
  expect(c.k, label).toBeGreaterThanOrEqual(1);
  expect(c.k, label).toBeLessThanOrEqual(Math.min(c.n, c.m));
  expect(c.r, label).toBeGreaterThanOrEqual(1);
  expect(c.r, label).toBeLessThanOrEqual(maxSide);
  const relation = { any: true, 'r>=k': c.r >= c.k, 'r<k': c.r < c.k }[rank];
  expect(relation, `${label}: ${rank}`).toBe(true);

  // The spectrum: k values, s_1 = 1, non-increasing, positive, of the kind asked for.
  expect(constraints.spectra ?? spectrumKinds, label).toContain(c.spectrum);
  expect(c.s, label).toHaveLength(c.k);
  expect(c.s[0], label).toBe(1);
  for (let i = 1; i < c.k; i++) expect(c.s[i], `${label}: s sorted`).toBeLessThanOrEqual(c.s[i - 1]);
  expect(c.s[c.k - 1], label).toBeGreaterThan(0);
  expect(c.condition, label).toBe(c.s[0] / c.s[c.k - 1]);
  const ratio = constraints.gapRatio;
  const gapped = ratio !== undefined && c.r < c.k;
  // Below the gap the spectrum has its kind's shape; a gap scales the tail down by a factor >= ratio.
  const head = gapped ? c.r : c.k;
  const maxCondition = constraints.maxCondition ?? 1000;
  expect(c.condition, label).toBeLessThanOrEqual((maxCondition * (1 + 1e-12)) / (gapped ? ratio : 1));
  const shaped = shapeOf(c.spectrum, c.k, c.s, gapped ? Number.NaN : c.condition);
  for (let i = 0; i < head; i++) {
    expect(
      Math.abs(c.s[i] - shaped[i]),
      `${label}: s_${i + 1} of a ${c.spectrum} spectrum`,
    ).toBeLessThanOrEqual(1e-12);
  }
  if (gapped) expect(c.s[c.r], `${label}: gap at r`).toBeLessThanOrEqual(ratio * c.s[c.r - 1] * (1 + 1e-12));

  // Y = U diag(s) V^T with orthonormal frames, of numerical rank k and singular values s.
  expect(shape(c.U), label).toEqual([c.n, c.k]);
  expect(shape(c.V), label).toEqual([c.m, c.k]);
  expect(shape(c.Y), label).toEqual([c.n, c.m]);
  expect(orthonormalityError(c.U), `${label}: U^T U = I`).toBeLessThanOrEqual(1e-12);
  expect(orthonormalityError(c.V), `${label}: V^T V = I`).toBeLessThanOrEqual(1e-12);
  expect(matrixDiff(c.Y, product(c.U, c.s, c.V)), `${label}: Y = U diag(s) V^T`).toBeLessThanOrEqual(1e-12);
  expect(numericalRank(c.Y), `${label}: rank(Y)`).toBe(c.k);
  const sv = singularValues(c.Y);
  for (let i = 0; i < c.k; i++)
    expect(Math.abs(sv[i] - c.s[i]), `${label}: s_${i + 1}(Y)`).toBeLessThanOrEqual(1e-12);

  // B: n x r, of a family asked for, with its defining property.
  expect(shape(c.B), label).toEqual([c.n, c.r]);
  expect(constraints.feedback ?? ['gaussian'], label).toContain(c.feedback);
  expectFeedbackFamily(c.B, c.feedback, c.U, label);

  // Initial factors: null for zero; scale (I + G) of the right shapes for small random.
  const init = constraints.init ?? 'zero';
  const scale = constraints.initScale ?? 1e-3;
  expect(
    { zero: c.Z0 === null && c.W0 === null, 'small-random': c.Z0 !== null && c.W0 !== null }[init],
    label,
  ).toBe(true);
  const factors = [
    [c.Z0, c.n, c.r],
    [c.W0, c.r, c.m],
  ] as const;
  for (const [f, rows, cols] of factors.filter(([f]) => f !== null)) {
    const a = f as Matrix;
    expect(shape(a), label).toEqual([rows, cols]);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const g = a.get(i, j) / scale - (i === j ? 1 : 0);
        expect(Math.abs(g), `${label}: initial entry (${i}, ${j}) is scale (I + G)`).toBeLessThanOrEqual(
          GAUSSIAN_BOUND,
        );
      }
    }
  }
}

/**
 * The spectrum of a kind from its definition: flat all ones; geometric `c^{-(i-1)/(k-1)}`; power law
 * `i^{-p}` with `p = ln c / ln k`. With `condition` NaN (a gapped spectrum, whose condition the gap
 * changed), it is recovered from the first two values.
 */
function shapeOf(kind: string, k: number, s: readonly number[], condition: number): number[] {
  if (kind === 'flat' || k === 1) return new Array<number>(k).fill(1);
  if (kind === 'geometric') {
    const ratio = Number.isNaN(condition) ? s[1] : Math.pow(condition, -1 / (k - 1));
    return s.map((_x, i) => Math.pow(ratio, i));
  }
  const p = Number.isNaN(condition) ? -Math.log(s[1]) / Math.log(2) : Math.log(condition) / Math.log(k);
  return s.map((_x, i) => Math.pow(i + 1, -p));
}
