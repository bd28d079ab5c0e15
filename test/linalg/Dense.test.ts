import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense, toMatrix, toRows, zeros } from '../../src/linalg/Dense.js';

describe('Dense', () => {
  const rows = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it('stores entry (i, j) at i * cols + j', () => {
    const d = toDense(rows);
    expect([d.rows, d.cols]).toEqual([2, 3]);
    expect(Array.from(d.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toDense(new Matrix(rows)).data).toEqual(d.data);
  });

  it('round-trips through ml-matrix and nested rows', () => {
    const d = toDense(rows);
    expect(toMatrix(d).to2DArray()).toEqual(rows);
    expect(toRows(d)).toEqual(rows);
    expect(toRows(toDense([[7], [8]]))).toEqual([[7], [8]]);
  });

  it('makes zero matrices', () => {
    const z = zeros(2, 5);
    expect([z.rows, z.cols, z.data.length]).toEqual([2, 5, 10]);
    expect(z.data.every((v) => v === 0)).toBe(true);
  });
});
