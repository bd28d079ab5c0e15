import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../../src/catalogue/checkClaim.js';

/** The quick profile that `npm test` runs: every claim, fewer cases, the default sides. */
const QUICK = { runs: 40, maxSize: 8 };

/** THEORY.md's ids, in its order: the catalogue must hold exactly these. */
const THEORY_IDS = [
  'gd-reaches-optimum',
  'fa-reaches-optimum-when-r-ge-rank',
  'fa-limit-closed-form',
  'fa-reaches-optimum-for-every-r',
  'fa-alignment-grows',
  'fa-alignment-monotone',
  'fa-flow-invariant',
  'equal-loss-implies-same-representation',
  'two-layer-network-equals-factorization',
  'two-layer-equivalence-without-isotropy',
  'fa-reaches-optimum-with-any-feedback',
  'fa-converges-for-any-step-size',
];

describe('catalogue', () => {
  it('holds every claim of THEORY.md exactly once', () => {
    expect([...catalogue.map((c) => c.id)].sort()).toEqual([...THEORY_IDS].sort());
  });

  it('states hypotheses and regimes for every claim, and a minimal counterexample for every refuted one', () => {
    for (const c of catalogue) {
      expect(c.hypotheses.length, c.id).toBeGreaterThan(0);
      expect(c.regimes.length, c.id).toBeGreaterThan(0);
      expect(c.expected === 'refuted' ? c.minimalCounterexample : 'none', c.id).toBeDefined();
    }
  });

  it.each(catalogue.map((c) => [c.id, c] as const))('%s comes out as expected with seed 7', (_id, claim) => {
    const r = checkClaim(claim, { ...QUICK, seed: 7 });
    expect(r.outcome, `replay: fa-verify check ${claim.id} --seed 7 --path ${r.path ?? ''}`).toBe(
      claim.expected,
    );
    expect(r.error).toBeUndefined();
    if (r.outcome === 'refuted') {
      const ce = r.counterexample;
      expect(ce).toBeDefined();
      expect(ce?.margin).toBeGreaterThanOrEqual(10); // decisive, not at the tolerance's edge
      expect({ n: ce?.n, m: ce?.m, rankY: ce?.rankY, r: ce?.r }).toEqual(claim.minimalCounterexample);
    } else {
      expect(r.runs).toBe(QUICK.runs);
    }
  });
});
