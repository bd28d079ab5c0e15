import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkRegimeCoverage } from '../../src/audit/checkRegimeCoverage.js';
import { evaluation, type AnyClaim, type Claim } from '../../src/claim/Claim.js';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';

/** A toy claim over 0..99 whose regimes are `small` (below `cut`) and `large`. */
function toyClaim(cut: number, requirements?: Readonly<Record<string, number>>): Claim<number> {
  return {
    id: 'toy',
    expected: 'holds',
    statement: 'x is a number',
    hypotheses: ['x in 0..99'],
    regimes: ['small', 'large'],
    ...(requirements === undefined ? {} : { regimeRequirements: requirements }),
    arbitrary: () => fc.noBias(fc.integer({ min: 0, max: 99 })),
    unmetHypotheses: () => [],
    evaluate: (x) => evaluation(0, 0, { x }),
    classify: (x) => [x < cut ? 'small' : 'large'],
    describe: (x) => ({ n: x, m: 1, rankY: 1, r: 1 }),
  };
}

const claimById = (id: string): AnyClaim => {
  const claim = catalogue.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim ${id}`);
  return claim;
};

describe('checkRegimeCoverage', () => {
  it('accepts requirements well below the shares the generator reaches, and counts every regime', () => {
    const r = checkRegimeCoverage(toyClaim(30, { small: 0.1, large: 0.5 }));
    expect(r.pass).toBe(true);
    expect(r.requirements.map((v) => v.verdict)).toEqual(['accepted', 'accepted']);
    expect(r.counts.small + r.counts.large).toBe(r.samples);
    expect(r.samples % 100).toBe(0);
    expect(r.unrequired).toEqual([]);
  });

  it('rejects a regime the generator never reaches, and stops once every requirement is decided', () => {
    // 0 of n has upper bound z^2 / (n + z^2): below 10 % from n = 100, below 5 % from n = 300.
    const r = checkRegimeCoverage(toyClaim(0, { small: 0.1, large: 0.5 }));
    expect(r.pass).toBe(false);
    expect(r.requirements.find((v) => v.label === 'small')).toMatchObject({ count: 0, verdict: 'rejected' });
    expect(r.samples).toBe(100);
    expect(checkRegimeCoverage(toyClaim(0, { small: 0.05 })).samples).toBe(300);
  });

  it('fails a requirement still undecided at the sample cap', () => {
    const r = checkRegimeCoverage(toyClaim(50, { small: 0.5 }), { maxSamples: 300, batch: 100 });
    expect(r.samples).toBe(300);
    expect(r.batches).toBe(3);
    expect(r.requirements[0].verdict).toBe('undecided');
    expect(r.pass).toBe(false);
  });

  it('fails a claim that declares no requirement, and lists declared regimes without one', () => {
    const none = checkRegimeCoverage(toyClaim(30));
    expect(none).toMatchObject({ missingRequirements: true, pass: false, samples: 100 });
    expect(checkRegimeCoverage(toyClaim(30, { small: 0.1 })).unrequired).toEqual(['large']);
  });

  it('is replayable: the same seed gives the same counts', () => {
    const a = checkRegimeCoverage(toyClaim(30, { small: 0.1 }), { seed: 3 });
    const b = checkRegimeCoverage(toyClaim(30, { small: 0.1 }), { seed: 3 });
    expect(b.counts).toEqual(a.counts);
    expect(a.firstSeed).toBe(3);
  });

  it.each([
    ['batch 0', { batch: 0 }],
    ['fractional maxSamples', { maxSamples: 2.5 }],
    ['certainty 1', { certainty: 1 }],
  ])('rejects %s', (_name, options) => {
    expect(() => checkRegimeCoverage(toyClaim(30, { small: 0.1 }), options)).toThrow(RangeError);
  });

  it.each([7, 11])('accepts every requirement of every claim of the catalogue (first seed %i)', (seed) => {
    for (const claim of catalogue) {
      const r = checkRegimeCoverage(claim, { seed });
      const failed = r.requirements
        .filter((v) => v.verdict !== 'accepted')
        .map((v) => `${v.label} ${v.verdict}`);
      expect(failed, `${claim.id}: ${failed.join(', ')}`).toEqual([]);
      expect(r.pass, claim.id).toBe(true);
    }
  });

  it('fails a deliberately weakened property: a generator that never reaches r<rank while requiring it', () => {
    const claim = claimById('fa-reaches-optimum-for-every-r');
    expect(claim.regimeRequirements?.['r<rank']).toBeGreaterThan(0);
    const weakened: AnyClaim = {
      ...claim,
      arbitrary: (maxSize: number) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'r>=k' }),
    };
    const r = checkRegimeCoverage(weakened);
    expect(r.pass).toBe(false);
    const below = r.requirements.find((v) => v.label === 'r<rank');
    expect(below).toMatchObject({ count: 0, verdict: 'rejected' });
    expect(below?.upper).toBeLessThan(0.1);
    expect(r.requirements.filter((v) => v.label !== 'r<rank').every((v) => v.verdict === 'accepted')).toBe(
      true,
    );
  });
});
