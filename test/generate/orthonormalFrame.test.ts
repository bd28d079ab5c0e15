import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { gaussianArbitrary } from '../../src/generate/gaussianArbitrary.js';
import { orthonormalFrame } from '../../src/generate/orthonormalFrame.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
} from '../_support/arbitraryAssertions.js';
import { orthonormalityError } from '../_support/factorizationCaseInvariants.js';

const STRIDE = 6;

interface Frame {
  readonly n: number;
  readonly k: number;
  readonly g: readonly number[];
  readonly q: Matrix;
}

/** Frames as `factorizationCaseArbitrary` draws them: sides, then `STRIDE^2` Gaussian parts. */
const frames: fc.Arbitrary<Frame> = fc
  .record({
    n: fc.integer({ min: 1, max: STRIDE }),
    kRaw: fc.integer({ min: 0, max: STRIDE - 1 }),
    g: fc.array(gaussianArbitrary(), { minLength: STRIDE * STRIDE, maxLength: STRIDE * STRIDE }),
  })
  .map(({ n, kRaw, g }) => {
    const k = Math.min(n, 1 + kRaw);
    return { n, k, g, q: orthonormalFrame(n, k, g, STRIDE) };
  });

/** `I_{n,k} + G` as the frame is built from. */
function source(f: Frame): Matrix {
  const a = new Matrix(f.n, f.k);
  for (let i = 0; i < f.n; i++)
    for (let j = 0; j < f.k; j++) a.set(i, j, (i === j ? 1 : 0) + f.g[i * STRIDE + j]);
  return a;
}

/** Orthonormal `n x k`, spanning the columns of `I + G` in order (`Q^T A` upper triangular), signs positive. */
function expectFrame(f: Frame): void {
  expect([f.q.rows, f.q.columns]).toEqual([f.n, f.k]);
  expect(orthonormalityError(f.q)).toBeLessThanOrEqual(1e-12);
  const a = source(f);
  const r = f.q.transpose().mmul(a); // the R factor: A = Q R
  const scale = Math.max(1, a.norm('frobenius'));
  for (let i = 0; i < f.k; i++) {
    for (let j = 0; j < i; j++)
      expect(Math.abs(r.get(i, j)), `R(${i}, ${j})`).toBeLessThanOrEqual(1e-12 * scale);
    expect(r.get(i, i), `R(${i}, ${i}) > 0`).toBeGreaterThan(0);
  }
  // A = Q R: the frame spans the columns of A.
  const rebuilt = f.q.mmul(r);
  for (let i = 0; i < f.n; i++) {
    for (let j = 0; j < f.k; j++) {
      expect(Math.abs(rebuilt.get(i, j) - a.get(i, j)), `A(${i}, ${j})`).toBeLessThanOrEqual(1e-12 * scale);
    }
  }
}

describe('orthonormalFrame (over Gaussian parts)', () => {
  it('gives bitwise the same frames for the same seed, other frames for another', () => {
    assertSampleSameGivenSameSeed(frames, 21, 10);
  });

  it('gives the same frame and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(frames, { seed: 22, numRuns: 5, depth: 8 });
  });

  it('is orthonormal, the positive-R QR frame of I + G, for every value and every shrink', () => {
    assertProduceCorrectValues(frames, expectFrame, { seed: 23, numRuns: 30, depth: 10 });
  });

  it('is the first k coordinate axes exactly when G = 0 (where shrinking ends)', () => {
    for (const [n, k] of [
      [1, 1],
      [3, 2],
      [5, 5],
    ]) {
      const q = orthonormalFrame(n, k, new Array<number>(STRIDE * STRIDE).fill(0), STRIDE);
      // Equal as numbers (the QR leaves some zeros as -0).
      expect(q.to2DArray().map((row) => row.map((x) => x + 0))).toEqual(Matrix.eye(n, k).to2DArray());
    }
  });
});
