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
  'fa-far-from-optimal',
  'fa-typically-far-from-optimal',
  'fa-typically-far-at-rank-one',
  'fa-alignment-grows',
  'fa-alignment-monotone',
  'fa-flow-invariant',
  'fa-discrete-identity',
  'equal-loss-implies-same-representation',
  'gd-fa-almost-orthogonal-at-equal-loss',
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

/** Universal claims (a probability claim is refuted by its interval, not by a counterexample). */
const universal = catalogue.filter((c) => (c.kind ?? 'universal') === 'universal');
const refuted = universal.filter((c) => c.expected === 'refuted');
const held = universal.filter((c) => c.expected === 'holds');
const open = catalogue.filter((c) => c.expected === 'open');
const probable = catalogue.filter((c) => c.kind === 'probability');
const existing = catalogue.filter((c) => c.kind === 'existence');

describe('catalogue', () => {
  it('holds every claim of docs/theory.md exactly once, in its order', () => {
    expect(catalogue.map((c) => c.id)).toEqual(THEORY_IDS);
    expect(refuted.length + held.length + open.length + probable.length + existing.length).toBe(
      catalogue.length,
    );
    // Open claims come last, apart from the verdicts.
    expect(catalogue.slice(-open.length).every((c) => c.expected === 'open')).toBe(true);
  });

  it('states hypotheses and regimes for every claim, and a minimal counterexample exactly for the refuted ones', () => {
    for (const c of catalogue) {
      expect(c.hypotheses.length, c.id).toBeGreaterThan(0);
      for (const h of c.hypotheses) expect(h.trim(), c.id).not.toBe('');
      expect(c.regimes.length, c.id).toBeGreaterThan(0);
      expect(c.minimalCounterexample !== undefined, `${c.id}: has a minimal counterexample`).toBe(
        c.expected === 'refuted' && (c.kind ?? 'universal') === 'universal',
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

  it.each(probable.map((c) => [c.id, c] as const))(
    'probability claim %s comes out as expected with seed 7, with its interval wholly on one side of p',
    (_id, claim) => {
      const r = checkClaim(claim, { ...quick(claim.id), seed: 7 });
      expect(r.outcome, r.error ?? '').toBe(claim.expected);
      const e = r.probability;
      expect(e).toBeDefined();
      const p = claim.probability?.p ?? Number.NaN;
      // Held: the interval's lower end at or above p; refuted: its upper end below p (NaN fails either).
      const clear = claim.expected === 'holds' ? (e?.lower ?? Number.NaN) - p : p - (e?.upper ?? Number.NaN);
      expect(clear).toBeGreaterThanOrEqual(0);
      expect(clear > 0 || claim.expected === 'holds').toBe(true);
      expect(r.counterexample).toBeUndefined();
    },
  );

  it.each(existing.map((c) => [c.id, c] as const))(
    'existence claim %s is witnessed with seed 7 at every level, decisively, and the witness replays',
    (_id, claim) => {
      const r = checkClaim(claim, { ...quick(claim.id), seed: 7 });
      expect(r.outcome, r.error ?? '').toBe('witnessed');
      expect(r.search?.levels.every((l) => l.reached)).toBe(true);
      expect(r.counterexample?.margin ?? Number.NaN).toBeGreaterThanOrEqual(10);
      // The witness, decoded from what a fixture stores, is still one.
      const again = checkClaim(claim, { ...quick(claim.id), seed: 7, maxSize: r.replay?.maxSize ?? 0 });
      expect(again.counterexample?.violation).toBe(r.counterexample?.violation);
    },
  );
});
