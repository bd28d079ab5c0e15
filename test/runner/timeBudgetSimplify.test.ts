import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../../src/claim/Claim.js';
import { checkClaim } from '../../src/runner/checkClaim.js';

// A refuted claim whose raw counterexample (sides up to 6) takes many evaluations to simplify.
const base = catalogue.find((c) => c.id === 'fa-reaches-optimum-for-every-r') as AnyClaim;

/** The claim with every evaluation made to take `ms` milliseconds, and the times they started. */
function slowed(ms: number): { claim: AnyClaim; starts: number[] } {
  const starts: number[] = [];
  const claim: AnyClaim = {
    ...base,
    evaluate: (input, solvers) => {
      const start = performance.now();
      starts.push(start);
      while (performance.now() - start < ms); // a slow evaluation, as a large case's is
      return base.evaluate(input, solvers);
    },
  };
  return { claim, starts };
}

describe('a time budget bounds the simplification of a counterexample too', () => {
  it('tries no simplification past the deadline: a large case cannot run away after its budget', () => {
    // Without a budget the run takes the same evaluations at any speed (644, 4 of them to find the
    // failure): counted at full speed. The budget leaves room to find the failure even on a loaded
    // machine (at 0.05 s the 4 slowed cases, about 30 ms quiet, could spend it) and ends the run about
    // 50 slowed evaluations in, far short of the 644 that simplification alone would take.
    const unbounded = slowed(0);
    const free = checkClaim(unbounded.claim, { runs: 100, seed: 7, maxSize: 6 });
    expect(free.outcome).toBe('refuted');
    const budget = 0.25;
    const { claim, starts } = slowed(5);
    const begin = performance.now();
    const r = checkClaim(claim, { runs: 100, seed: 7, maxSize: 6, timeBudget: budget });
    expect(r.outcome).toBe('refuted');
    // The budget ran out while shrinking: without the bound, simplification alone takes more evaluations.
    expect(unbounded.starts.length).toBeGreaterThan(starts.length);
    // After the deadline: the final judgement of the shrunk input and its precision recheck, no more.
    const late = starts.filter((t) => t > begin + 1000 * budget);
    expect(late.length).toBeLessThanOrEqual(4);
  });
});
