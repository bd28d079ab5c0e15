import { describe, expect, it } from 'vitest';
import { gemmNT } from '../../src/kernels/gemmNT.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';
import { expectEntriesClose } from '../_support/expectEntriesClose.js';

// [p, q, s]: A is p x q, B is s x q, C = A B^T is p x s.
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

describe('gemmNT: C = A B^T', () => {
  for (const [p, q, s] of SHAPES) {
    it(`matches ml-matrix mmul(transpose) for ${p}x${q} times (${s}x${q})^T`, () => {
      const seed = `gemmNT/${p}x${q}x${s}`;
      const a = seededMatrix(p, q, `${seed}/A`);
      const b = seededMatrix(s, q, `${seed}/B`);
      const expected = a.mmul(b.transpose()).to1DArray();
      const c = new Float64Array(p * s + 3).fill(7);
      gemmNT(toDense(a).data, toDense(b).data, c, p, q, s);
      expectEntriesClose(c, expected, p * s, seed);
      expect(Array.from(c.subarray(p * s))).toEqual([7, 7, 7]);
    });
  }

  it('computes W W^T when both arguments are the same buffer', () => {
    const w = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2 x 3
    const c = new Float64Array(4).fill(Number.NaN);
    gemmNT(w, w, c, 2, 3, 2);
    expect(Array.from(c)).toEqual([14, 32, 32, 77]);
  });
});
