import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';
import { simplifyCase } from '../../src/shrink/simplifyCase.js';
import { cleanValues } from '../../src/shrink/cleanValues.js';
import { numericalRank } from '../../src/theory/numericalRank.js';

const sample = (seed: number) =>
  fc.sample(factorizationCaseArbitrary({ maxSide: 5, rank: 'r<k' }), { seed, numRuns: 1 })[0];

describe('simplifyCase', () => {
  it('with a claim that always fails, reaches axes, clean singular values and clean feedback', () => {
    const c = sample(11);
    const s = simplifyCase(c, () => true);
    expect([s.n, s.m, s.k, s.r]).toEqual([c.n, c.m, c.k, c.r]);
    // U and V became the coordinate axes, so Y = diag(s).
    for (let i = 0; i < s.n; i++)
      for (let j = 0; j < s.m; j++) expect(s.Y.get(i, j)).toBe(i === j && i < s.k ? s.s[i] : 0);
    // Every singular value is a clean number with one significant digit, and they are still ordered.
    for (let i = 0; i < s.k; i++) expect(Number(s.s[i].toPrecision(1))).toBe(s.s[i]);
    for (let i = 1; i < s.k; i++) expect(s.s[i]).toBeLessThanOrEqual(s.s[i - 1]);
    for (const v of s.B.to1DArray()) expect(Number(v.toPrecision(1))).toBe(v);
    expect(numericalRank(s.B.transpose().mmul(s.U))).toBe(numericalRank(c.B.transpose().mmul(c.U)));
  });

  it('keeps the input when nothing simpler still fails', () => {
    const c = sample(12);
    const s = simplifyCase(c, (x) => x === c);
    expect(s).toBe(c);
  });

  it('only accepts candidates that still fail', () => {
    const c = sample(13);
    const seen: number[] = [];
    const s = simplifyCase(c, (x) => {
      seen.push(x.s[0]);
      return x.B.get(0, 0) === c.B.get(0, 0); // B[0][0] may not change
    });
    expect(s.B.get(0, 0)).toBe(c.B.get(0, 0));
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('cleanValues', () => {
  it('offers 0, the sign and short decimals, simplest first, never the value itself', () => {
    expect(cleanValues(0.123456, true)).toEqual([0, 1, 0.1, 0.12, 0.123]);
    expect(cleanValues(-2.5, false)).toEqual([-1, -3]);
    expect(cleanValues(1, true)).toEqual([0]);
  });
});
