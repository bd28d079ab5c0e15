import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { defineClaim } from '../../src/catalogue/defineClaim.js';
import { evaluation } from '../../src/claim/Claim.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { mergeBlockResults } from '../../src/runner/mergeBlockResults.js';

const claimById = (id: string) => {
  const claim = catalogue.find((c) => c.id === id);
  if (claim === undefined) throw new Error(id);
  return claim;
};

/** False from 10 on; decisively (past 10 tolerances) from 13 on, where the shrinker stops. */
const belowTen = defineClaim({
  id: 'below-ten',
  expected: 'refuted',
  statement: 'every integer up to 1000 is below 10',
  arbitrary: () => fc.integer({ min: 0, max: 1000 }),
  evaluate: (x) => evaluation(x - 9.5, 0.25, { x }),
});

describe('checkClaim statistics', () => {
  it('are absent unless asked for', () => {
    expect(checkClaim(belowTen, { runs: 20, seed: 7, maxSize: 4 }).statistics).toBeUndefined();
  });

  it('of a claim that holds: one size count per case judged, the tightest pass, no failure', () => {
    const r = checkClaim(claimById('fa-limit-closed-form'), {
      runs: 30,
      seed: 7,
      maxSize: 4,
      statistics: true,
    });
    expect(r.outcome).toBe('holds');
    const st = r.statistics;
    expect(Object.values(st?.sizes ?? {}).reduce((a, b) => a + b, 0)).toBe(30);
    for (const size of Object.keys(st?.sizes ?? {})) expect(size).toMatch(/^[1-4] x [1-4]$/);
    const t = st?.tightest;
    expect(t?.violation ?? Number.NaN).toBeLessThanOrEqual(t?.tolerance ?? Number.NaN);
    expect(t?.margin ?? Number.NaN).toBeLessThanOrEqual(1);
    expect([st?.unshrunk, st?.shrinkTrajectory]).toEqual([undefined, undefined]);
  });

  it('of a refutation: the first failure, each shrink step down to the counterexample, the same for the same seed', () => {
    const run = () => checkClaim(belowTen, { runs: 100, seed: 7, maxSize: 4, statistics: true });
    const r = run();
    const st = r.statistics;
    expect(r.counterexample?.x).toBe(13);
    expect(st?.sizes).toEqual({ '-': r.runs });
    expect(st?.unshrunk?.violation ?? 0).toBeGreaterThan(3.5);
    const trajectory = st?.shrinkTrajectory ?? [];
    expect(trajectory.length).toBeGreaterThan(0);
    expect(trajectory.at(-1)).toEqual({ size: '-', violation: 3.5, tolerance: 0.25 });
    // every step fails: past the tolerance
    for (const s of trajectory) expect(s.violation).toBeGreaterThan(s.tolerance);
    expect(run().statistics).toEqual(st);
  });

  it('of a claim refuted on a smaller side too: the later search joins the trajectory', () => {
    const r = checkClaim(claimById('fa-converges-for-any-step-size'), {
      runs: 100,
      seed: 7,
      maxSize: 8,
      statistics: true,
    });
    const trajectory = r.statistics?.shrinkTrajectory ?? [];
    expect(trajectory.length).toBeGreaterThan(0);
    expect(trajectory.at(-1)?.size).toBe(`${r.counterexample?.n} x ${r.counterexample?.m}`);
  });

  it('merge over seed blocks: sizes added up, the tightest pass of all', () => {
    const blocks = [1, 2].map((seed) =>
      checkClaim(belowTen, { runs: 5, seed, maxSize: 4, statistics: true }),
    );
    const merged = mergeBlockResults(blocks, 1);
    expect(merged.statistics?.sizes['-']).toBe(blocks[0].runs + blocks[1].runs);
  });
});
