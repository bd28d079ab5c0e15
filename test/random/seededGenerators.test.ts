import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { seededFeedback } from '../../src/random/seededFeedback.js';
import { seededLowRankMatrix } from '../../src/random/seededLowRankMatrix.js';
import { numericalRank } from '../../src/theory/numericalRank.js';
import { singularValues } from '../../src/theory/singularValues.js';

describe('seededLowRankMatrix', () => {
  it('has the requested shape, rank and singular values, and a seed fixes it', () => {
    for (const [rows, cols, rank, kind] of [
      [6, 4, 3, 'geometric'],
      [3, 7, 2, 'power-law'],
      [5, 5, 5, 'flat'],
    ] as const) {
      const a = seededLowRankMatrix({ rows, cols, rank, spectrum: kind, condition: 100, seed: `lr/${rows}` });
      const b = seededLowRankMatrix({ rows, cols, rank, spectrum: kind, condition: 100, seed: `lr/${rows}` });
      expect(b.Y).toEqual(a.Y);
      const y = new Matrix(a.Y);
      expect([y.rows, y.columns]).toEqual([rows, cols]);
      expect(numericalRank(y)).toBe(rank);
      const s = singularValues(y);
      for (let i = 0; i < rank; i++) expect(Math.abs(s[i] - a.s[i])).toBeLessThanOrEqual(1e-12);
      const condition = kind === 'flat' ? 1 : 100; // flat ignores the condition asked for
      expect(Math.abs(a.s[0] / a.s[rank - 1] - condition)).toBeLessThanOrEqual(1e-9);
    }
    const other = seededLowRankMatrix({ rows: 6, cols: 4, rank: 3, seed: 'lr/other' });
    expect(other.Y).not.toEqual(seededLowRankMatrix({ rows: 6, cols: 4, rank: 3, seed: 'lr/6' }).Y);
  });
});

describe('seededFeedback', () => {
  const target = seededLowRankMatrix({ rows: 6, cols: 5, rank: 2, seed: 'fb/Y' });
  it('gaussian: N(0, 1/n) entries (sample variance of a large draw near 1/n)', () => {
    const b = seededFeedback({ family: 'gaussian', n: 400, r: 50, seed: 'fb/g' });
    const values = b.to1DArray();
    const mean = values.reduce((x, v) => x + v, 0) / values.length;
    const variance = values.reduce((x, v) => x + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(variance * 400 - 1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(mean)).toBeLessThanOrEqual(0.01);
  });

  it('orthonormal: B^T B = I; repeated-column: rank 1; orthogonal-to-target: B^T U = 0', () => {
    const q = seededFeedback({ family: 'orthonormal', n: 6, r: 3, seed: 'fb/o' });
    const gram = q.transpose().mmul(q).sub(Matrix.eye(3)).norm('frobenius');
    expect(gram).toBeLessThanOrEqual(1e-12);
    expect(numericalRank(seededFeedback({ family: 'repeated-column', n: 6, r: 3, seed: 'fb/r' }))).toBe(1);
    const b = seededFeedback({ family: 'orthogonal-to-target', n: 6, r: 3, seed: 'fb/t', u: target.U });
    expect(b.transpose().mmul(new Matrix(target.Y)).norm('frobenius')).toBeLessThanOrEqual(1e-12);
  });

  it('refuses what cannot be built', () => {
    expect(() => seededFeedback({ family: 'orthonormal', n: 2, r: 3, seed: 'x' })).toThrow(/r <= n/);
    expect(() => seededFeedback({ family: 'orthogonal-to-target', n: 2, r: 1, seed: 'x' })).toThrow(
      /frame u/,
    );
  });
});
