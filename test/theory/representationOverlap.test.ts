import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { representationOverlap } from '../../src/theory/representationOverlap.js';
import { seededMatrix } from '../_support/seededMatrix.js';

/** The rows of the identity of size m picked by `rows`, mixed by a seeded invertible r x r matrix. */
function span(m: number, rows: readonly number[], seed: string): Matrix {
  const basis = new Matrix(rows.length, m);
  rows.forEach((row, i) => basis.set(i, row, 1));
  const mix = seededMatrix(rows.length, rows.length, seed).add(Matrix.eye(rows.length).mul(3)); // well conditioned
  return mix.mmul(basis);
}

describe('representationOverlap ||P1 P2||_F^2 / r', () => {
  it('is 1 for the same row space, in different bases', () => {
    const w1 = span(5, [0, 2], 'overlap/same/1');
    const w2 = span(5, [0, 2], 'overlap/same/2');
    expect(Math.abs(representationOverlap(w1, w2) - 1)).toBeLessThanOrEqual(1e-12);
  });

  it('is 0 for orthogonal row spaces', () => {
    const w1 = span(4, [0, 1], 'overlap/orth/1');
    const w2 = span(4, [2, 3], 'overlap/orth/2');
    expect(representationOverlap(w1, w2)).toBeLessThanOrEqual(1e-24);
  });

  it.each([
    [2, 1, 0.5],
    [3, 1, 1 / 3],
    [3, 2, 2 / 3],
  ])("is r'/r for rank-%i spaces sharing %i directions", (r, shared, expected) => {
    const m = 2 * r;
    const rows1 = Array.from({ length: r }, (_, i) => i);
    const rows2 = [...rows1.slice(0, shared), ...Array.from({ length: r - shared }, (_, i) => r + i)];
    const w1 = span(m, rows1, `overlap/partial/${r}/${shared}/1`);
    const w2 = span(m, rows2, `overlap/partial/${r}/${shared}/2`);
    expect(Math.abs(representationOverlap(w1, w2) - expected)).toBeLessThanOrEqual(1e-12);
  });

  it('gives cos^2 of the angle between two lines', () => {
    const t = 0.4;
    const w1 = new Matrix([[1, 0]]);
    const w2 = new Matrix([[Math.cos(t), Math.sin(t)]]);
    expect(Math.abs(representationOverlap(w1, w2) - Math.cos(t) ** 2)).toBeLessThanOrEqual(1e-14);
  });

  it('divides by an explicit r, and is 0 for zero matrices', () => {
    const w = span(4, [0, 1], 'overlap/explicit');
    expect(Math.abs(representationOverlap(w, w, 4) - 0.5)).toBeLessThanOrEqual(1e-12);
    expect(representationOverlap(Matrix.zeros(2, 3), Matrix.zeros(2, 3))).toBe(0);
  });
});

describe('representationOverlap: the default r', () => {
  it('divides by the larger of the two ranks when r is not given', () => {
    const plane = new Matrix([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    const line = new Matrix([
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(Math.abs(representationOverlap(plane, line) - 0.5)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(representationOverlap(line, plane) - 0.5)).toBeLessThanOrEqual(1e-12);
  });
});
