import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { claimSettings, profileFor } from '../../src/runner/profiles.js';

/** The quick profile (`--profile quick`), what `npm test` runs: every claim, fewer cases. */
const quick = (id: string) => claimSettings(profileFor('quick'), id);

/** The ids of docs/theory.md §Claims, in its order: the catalogue must hold exactly these. */
const THEORY_IDS = [
  'gd-reaches-optimum',
  'fa-reaches-optimum-when-r-ge-rank',
  'fa-limit-closed-form',
  'fa-reaches-optimum-for-every-r',
  'fa-alignment-grows',
  'fa-alignment-monotone',
  'fa-flow-invariant',
  'fa-discrete-identity',
  'equal-loss-implies-same-representation',
  'two-layer-network-equals-factorization',
  'two-layer-equivalence-without-isotropy',
  'fa-reaches-optimum-with-any-feedback',
  'fa-converges-for-any-step-size',
  'fa-reduction-is-exact',
  'kp-feedback-tracks-forward',
  'kp-reaches-regularized-optimum',
  'mixed-reaches-optimum-for-every-r',
  'sign-reaches-optimum-when-r-ge-rank',
  'fa-decay-alignment',
];

const refuted = catalogue.filter((c) => c.expected === 'refuted');
const held = catalogue.filter((c) => c.expected === 'holds');
const open = catalogue.filter((c) => c.expected === 'open');

describe('catalogue', () => {
  it('holds every claim of docs/theory.md exactly once, in its order', () => {
    expect(catalogue.map((c) => c.id)).toEqual(THEORY_IDS);
    expect(refuted.length + held.length + open.length).toBe(catalogue.length);
    // Open claims come last, apart from the verdicts.
    expect(catalogue.slice(-open.length).every((c) => c.expected === 'open')).toBe(true);
  });

  it('states hypotheses and regimes for every claim, and a minimal counterexample exactly for the refuted ones', () => {
    for (const c of catalogue) {
      expect(c.hypotheses.length, c.id).toBeGreaterThan(0);
      for (const h of c.hypotheses) expect(h.trim(), c.id).not.toBe('');
      expect(c.regimes.length, c.id).toBeGreaterThan(0);
      expect(c.minimalCounterexample !== undefined, `${c.id}: has a minimal counterexample`).toBe(
        c.expected === 'refuted',
      );
    }
    for (const c of refuted) {
      const { n, m, rankY, r } = c.minimalCounterexample ?? { n: 0, m: 0, rankY: 0, r: 0 };
      for (const side of [n, m, rankY, r]) {
        expect(Number.isInteger(side) && side >= 1, `${c.id}: ${side}`).toBe(true);
      }
      expect(rankY, c.id).toBeLessThanOrEqual(Math.min(n, m));
    }
  });

  it.each(refuted.map((c) => [c.id, c] as const))(
    '%s is refuted with seed 7, decisively, at its minimal counterexample',
    (_id, claim) => {
      const r = checkClaim(claim, { ...quick(claim.id), seed: 7 });
      expect(
        r.outcome,
        `replay: fa-verify check ${claim.id} --profile quick --seed 7 --path ${r.replay?.path ?? ''}`,
      ).toBe('refuted');
      expect(r.error).toBeUndefined();
      const ce = r.counterexample ?? { n: NaN, m: NaN, rankY: NaN, r: NaN, margin: NaN };
      expect(ce.margin).toBeGreaterThanOrEqual(10); // decisive, not at the tolerance's edge (NaN fails)
      expect({ n: ce.n, m: ce.m, rankY: ce.rankY, r: ce.r }).toEqual(claim.minimalCounterexample);
    },
  );

  it.each(held.map((c) => [c.id, c] as const))('%s holds with seed 7 over every run', (_id, claim) => {
    const r = checkClaim(claim, { ...quick(claim.id), seed: 7 });
    expect(
      r.outcome,
      `replay: fa-verify check ${claim.id} --profile quick --seed 7 --path ${r.replay?.path ?? ''}`,
    ).toBe('holds');
    expect(r.error).toBeUndefined();
    expect(r.runs).toBe(quick(claim.id).runs);
    expect(r.counterexample).toBeUndefined();
  });

  it.each(open.map((c) => [c.id, c] as const))(
    'open claim %s runs with seed 7 and reports a finding, not an error',
    (_id, claim) => {
      const r = checkClaim(claim, { ...quick(claim.id), seed: 7 });
      expect(['holds', 'refuted']).toContain(r.outcome);
      expect(r.error).toBeUndefined();
      // A refutation of an open claim is decisive, as any refutation the suite reports.
      const margin = r.outcome === 'refuted' ? (r.counterexample?.margin ?? Number.NaN) : 10;
      expect(margin).toBeGreaterThanOrEqual(10);
    },
  );
});
