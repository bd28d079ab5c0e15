import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../../src/catalogue/checkClaim.js';

/** No flaky verdicts: every claim, many seeds, the same outcome. */
const SEEDS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13];

describe('verdicts do not depend on the seed', () => {
  it.each(catalogue.map((c) => [c.id, c] as const))('%s', (_id, claim) => {
    for (const seed of SEEDS) {
      const r = checkClaim(claim, { runs: 25, seed, maxSize: 8 });
      expect(
        r.outcome,
        `replay: fa-verify check ${claim.id} --seed ${seed} --runs 25 --path ${r.path ?? ''}`,
      ).toBe(claim.expected);
    }
  });

  it('fa-reaches-optimum-for-every-r shrinks to 2 x 2, rank(Y) = 2, r = 1 from every seed', () => {
    const claim = catalogue.find((c) => c.id === 'fa-reaches-optimum-for-every-r');
    expect(claim).toBeDefined();
    for (const seed of SEEDS) {
      const ce =
        claim === undefined ? undefined : checkClaim(claim, { runs: 100, seed, maxSize: 8 }).counterexample;
      expect({ n: ce?.n, m: ce?.m, rankY: ce?.rankY, r: ce?.r }, `seed ${seed}`).toEqual({
        n: 2,
        m: 2,
        rankY: 2,
        r: 1,
      });
    }
  });
});
