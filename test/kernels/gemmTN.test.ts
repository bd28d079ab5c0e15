import { describe, expect, it } from 'vitest';
import { gemmTN } from '../../src/kernels/gemmTN.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';
import { expectEntriesClose } from '../_support/expectEntriesClose.js';

// [p, q, s]: A is q x p, B is q x s, C = A^T B is p x s.
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [1, 5, 1],
  [1, 4, 3],
  [3, 4, 1],
  [2, 3, 5],
  [5, 3, 2],
  [4, 4, 4],
  [6, 1, 7],
  [3, 7, 6],
  [3, 5, 40], // wide C: the outer-product form
  [2, 4, 33],
];

describe('gemmTN: C = A^T B', () => {
  for (const [p, q, s] of SHAPES) {
    it(`matches ml-matrix transpose().mmul for (${q}x${p})^T times ${q}x${s}`, () => {
      const seed = `gemmTN/${p}x${q}x${s}`;
      const a = seededMatrix(q, p, `${seed}/A`);
      const b = seededMatrix(q, s, `${seed}/B`);
      if (p * q > 2) a.set(0, 0, 0); // exercise the zero-skip branch
      const expected = a.transpose().mmul(b).to1DArray();
      const c = new Float64Array(p * s + 3).fill(7);
      gemmTN(toDense(a).data, toDense(b).data, c, p, q, s);
      expectEntriesClose(c, expected, p * s, seed);
      expect(Array.from(c.subarray(p * s))).toEqual([7, 7, 7]);
    });
  }

  it('computes a hand-checked product', () => {
    const c = new Float64Array(4).fill(Number.NaN);
    // [[1, 2], [3, 4]]^T [[5, 6], [7, 8]] = [[1*5 + 3*7, 1*6 + 3*8], [2*5 + 4*7, 2*6 + 4*8]]
    gemmTN(Float64Array.from([1, 2, 3, 4]), Float64Array.from([5, 6, 7, 8]), c, 2, 2, 2);
    expect(Array.from(c)).toEqual([26, 30, 38, 44]);
  });
});
