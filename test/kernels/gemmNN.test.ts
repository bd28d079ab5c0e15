import { describe, expect, it } from 'vitest';
import { gemmNN } from '../../src/kernels/gemmNN.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';
import { expectEntriesClose } from '../_support/expectEntriesClose.js';

// [p, q, s]: A is p x q, B is q x s.
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [1, 5, 1],
  [1, 4, 3],
  [3, 4, 1],
  [2, 3, 5],
  [5, 3, 2],
  [4, 4, 4],
  [7, 1, 6],
  [6, 7, 3],
];

describe('gemmNN: C = A B', () => {
  for (const [p, q, s] of SHAPES) {
    it(`matches ml-matrix mmul for ${p}x${q} times ${q}x${s}`, () => {
      const seed = `gemmNN/${p}x${q}x${s}`;
      const a = seededMatrix(p, q, `${seed}/A`);
      const b = seededMatrix(q, s, `${seed}/B`);
      if (p * q > 2) a.set(0, 0, 0); // exercise the zero-skip branch
      const expected = a.mmul(b).to1DArray();
      const c = new Float64Array(p * s + 3).fill(7); // stale contents and a tail that must stay untouched
      gemmNN(toDense(a).data, toDense(b).data, c, p, q, s);
      expectEntriesClose(c, expected, p * s, seed);
      expect(Array.from(c.subarray(p * s))).toEqual([7, 7, 7]);
    });
  }

  it('gives exact zeros for a zero A, whatever C held before', () => {
    const c = new Float64Array(6).fill(Number.NaN);
    gemmNN(new Float64Array(6), Float64Array.from([1, 2, 3, 4, 5, 6]), c, 2, 3, 3);
    expect(Array.from(c)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('computes a hand-checked product', () => {
    const c = new Float64Array(4);
    // [[1, 2], [3, 4]] [[5, 6], [7, 8]] = [[19, 22], [43, 50]]
    gemmNN(Float64Array.from([1, 2, 3, 4]), Float64Array.from([5, 6, 7, 8]), c, 2, 2, 2);
    expect(Array.from(c)).toEqual([19, 22, 43, 50]);
  });
});
