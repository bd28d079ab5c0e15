import { describe, expect, it } from 'vitest';
import { syrkNT } from '../../src/kernels/syrkNT.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';
import { expectEntriesClose } from '../_support/expectEntriesClose.js';

// [p, q]: A is p x q; odd and even p exercise the 2 x 2 blocks and the leftover row and column.
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 4],
  [2, 3],
  [3, 1],
  [3, 5],
  [4, 4],
  [5, 2],
  [7, 6],
  [8, 9],
];

describe('syrkNT: C = A A^T', () => {
  for (const [p, q] of SHAPES) {
    it(`matches ml-matrix A A^T for ${p}x${q}, and is exactly symmetric`, () => {
      const seed = `syrkNT/${p}x${q}`;
      const a = seededMatrix(p, q, `${seed}/A`);
      const expected = a.mmul(a.transpose()).to1DArray();
      const c = new Float64Array(p * p + 3).fill(7); // stale contents and a tail that must stay untouched
      syrkNT(toDense(a).data, c, p, q);
      expectEntriesClose(c, expected, p * p, seed);
      for (let i = 0; i < p; i++) {
        for (let j = 0; j < i; j++) expect(c[i * p + j], `seed ${seed}, (${i}, ${j})`).toBe(c[j * p + i]);
      }
      expect(Array.from(c.subarray(p * p))).toEqual([7, 7, 7]);
    });
  }

  it('computes a hand-checked Gram matrix', () => {
    const c = new Float64Array(4);
    // [[1, 2], [3, 4]] [[1, 3], [2, 4]] = [[5, 11], [11, 25]]
    syrkNT(Float64Array.from([1, 2, 3, 4]), c, 2, 2);
    expect(Array.from(c)).toEqual([5, 11, 11, 25]);
  });
});
