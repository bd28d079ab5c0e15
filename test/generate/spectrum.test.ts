import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spectrum, spectrumKinds, type SpectrumKind } from '../../src/generate/spectrum.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
} from '../_support/arbitraryAssertions.js';

interface Drawn {
  readonly kind: SpectrumKind;
  readonly k: number;
  readonly condition: number;
  readonly gap?: { readonly r: number; readonly ratio: number };
  readonly s: number[];
}

/** Spectra over their parameters: kind, size, condition number in [1, 1e4], an optional gap. */
const spectra: fc.Arbitrary<Drawn> = fc
  .record({
    kind: fc.constantFrom(...spectrumKinds),
    k: fc.integer({ min: 1, max: 10 }),
    condition: fc.double({ min: 1, max: 1e4, noNaN: true }),
    gap: fc.option(
      fc.record({ r: fc.integer({ min: 1, max: 10 }), ratio: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
      {
        nil: undefined,
      },
    ),
  })
  .map((p) => ({ ...p, s: spectrum(p.kind, p.k, p.condition, p.gap) }));

/** The spectrum's contract: its definition, normalisation, order, condition number and gap. */
function expectSpectrum({ kind, k, condition, gap, s }: Drawn): void {
  expect(s).toHaveLength(k);
  expect(s[0]).toBe(1);
  for (let i = 1; i < k; i++) expect(s[i], `s_${i + 1} <= s_${i}`).toBeLessThanOrEqual(s[i - 1]);
  expect(s[k - 1]).toBeGreaterThan(0);
  const gapped = gap !== undefined && gap.r < k;
  const head = gapped ? gap.r : k;
  // Up to the gap: the kind's definition, with s_1 / s_k = condition (flat, or k = 1: all ones).
  for (let i = 0; i < head; i++) {
    const want =
      kind === 'flat' || k === 1
        ? 1
        : kind === 'geometric'
          ? Math.pow(condition, -i / (k - 1))
          : Math.pow(i + 1, -Math.log(condition) / Math.log(k));
    expect(Math.abs(s[i] - want), `s_${i + 1} of ${kind}`).toBeLessThanOrEqual(1e-12);
  }
  const natural = kind === 'flat' || k === 1 ? 1 : condition;
  if (!gapped) expect(Math.abs(s[0] / s[k - 1] - natural)).toBeLessThanOrEqual(1e-9 * natural);
  // The gap: s_{r+1} <= ratio s_r, the tail scaled by one factor in (0, 1], never up.
  const r = gapped ? gap.r : k;
  const ratio = gapped ? gap.ratio : 1;
  expect(s.slice(r).every((x) => x <= ratio * s[r - 1] * (1 + 1e-12))).toBe(true);
}

describe('spectrum', () => {
  it('gives bitwise the same spectra for the same seed, other spectra for another', () => {
    assertSampleSameGivenSameSeed(spectra, 31, 10);
  });

  it('gives the same spectrum and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(spectra, { seed: 32, numRuns: 10, depth: 10 });
  });

  it('meets its definition for every drawn parameter and every shrink', () => {
    assertProduceCorrectValues(spectra, expectSpectrum, { seed: 33, numRuns: 200, depth: 10 });
  });

  it('scales the tail by one factor, keeping its shape, and leaves a spectrum that already has the gap', () => {
    const plain = spectrum('geometric', 5, 16);
    const gapped = spectrum('geometric', 5, 16, { r: 2, ratio: 0.1 });
    const factor = gapped[2] / plain[2];
    expect(gapped.slice(0, 2)).toEqual(plain.slice(0, 2));
    for (let i = 2; i < 5; i++) expect(Math.abs(gapped[i] - factor * plain[i])).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(gapped[2] - 0.1 * gapped[1])).toBeLessThanOrEqual(1e-15);
    expect(spectrum('geometric', 5, 16, { r: 2, ratio: 0.9 })).toEqual(plain); // s3 / s2 = 1/2 <= 0.9 already
  });
});
