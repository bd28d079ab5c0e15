import { describe, expect, it } from 'vitest';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';
import { defaultMaxRank, factorizationSettings } from '../../src/generate/factorizationSettings.js';
import { spectrumKinds } from '../../src/generate/spectrum.js';

describe('factorizationSettings', () => {
  it('fills in every default', () => {
    expect(factorizationSettings()).toEqual({
      rank: 'any',
      maxSide: 8,
      minSide: 1,
      top: 8,
      spectra: spectrumKinds,
      families: ['gaussian'],
      maxCondition: 1000,
      init: 'zero',
      initScale: 1e-3,
    });
    expect('gapRatio' in factorizationSettings()).toBe(false);
  });

  it('keeps what is given', () => {
    const s = factorizationSettings({
      rank: 'r>=k',
      maxSide: 12,
      minSide: 3,
      maxRank: 5,
      spectra: ['geometric'],
      feedback: ['orthonormal', 'gaussian'],
      maxCondition: 20,
      gapRatio: 0.25,
      init: 'small-random',
      initScale: 1e-4,
    });
    expect(s).toEqual({
      rank: 'r>=k',
      maxSide: 12,
      minSide: 3,
      top: 5,
      spectra: ['geometric'],
      families: ['orthonormal', 'gaussian'],
      maxCondition: 20,
      gapRatio: 0.25,
      init: 'small-random',
      initScale: 1e-4,
    });
  });

  it('raises the least side to 2 and the rank bound to 2 under r<k, and caps both by maxSide', () => {
    expect(factorizationSettings({ rank: 'r<k', maxSide: 2 })).toMatchObject({ minSide: 2, top: 2 });
    expect(factorizationSettings({ rank: 'r<k', maxSide: 6, maxRank: 1 })).toMatchObject({
      minSide: 2,
      top: 2,
    });
    expect(factorizationSettings({ minSide: 9, maxSide: 4 })).toMatchObject({ minSide: 4 });
    expect(factorizationSettings({ minSide: 0, maxSide: 4 })).toMatchObject({ minSide: 1 });
    expect(factorizationSettings({ maxSide: 4, maxRank: 10 })).toMatchObject({ top: 4 });
  });

  it('caps the default rank at 32 on large sides', () => {
    expect(defaultMaxRank(8)).toBe(8);
    expect(defaultMaxRank(32)).toBe(32);
    expect(defaultMaxRank(256)).toBe(32);
    expect(factorizationSettings({ maxSide: 64 })).toMatchObject({ maxSide: 64, top: 32 });
  });

  it.each([
    [{ maxSide: 0 }],
    [{ maxSide: -3 }],
    [{ maxSide: 2.5 }],
    [{ maxSide: Number.NaN }],
    [{ maxSide: Number.POSITIVE_INFINITY }],
    [{ maxSide: 1, rank: 'r<k' as const }],
  ])('rejects %j with a RangeError naming maxSide', (constraints) => {
    expect(() => factorizationSettings(constraints)).toThrow(RangeError);
    expect(() => factorizationSettings(constraints)).toThrow(/maxSide/);
    expect(() => factorizationCaseArbitrary(constraints)).toThrow(/maxSide/);
  });

  it.each([[{ maxRank: 0 }], [{ maxRank: -1 }], [{ maxRank: 1.5 }], [{ maxRank: Number.NaN }]])(
    'rejects %j with a RangeError naming maxRank',
    (constraints) => {
      expect(() => factorizationSettings(constraints)).toThrow(RangeError);
      expect(() => factorizationSettings(constraints)).toThrow(/maxRank/);
      expect(() => factorizationCaseArbitrary(constraints)).toThrow(/maxRank/);
    },
  );
});
