import { pathToFileURL } from 'node:url';
import { catalogue } from '../dist/properties/catalogue.js';
import { checkClaim } from '../dist/src/runner/checkClaim.js';
import { machineLine } from './_lib/machine.mjs';

/*
 * Issue #15: does hill climbing earn its place against random search? For each claim the catalogue
 * runs by targeted search, and seeds 1 to 13, the same ladder of side bounds and budget a rung
 * (`--runs`) twice: as shipped (a fifth of the budget drawn at random, then the best inputs climbed),
 * and as random search (every evaluation a fresh draw: the claim's space with `perturb` replaced by
 * `sample`). Printed: how many seeds find a decisive input, and the median evaluations they took.
 */
const SEEDS = Array.from({ length: 13 }, (_, i) => i + 1);
const CLAIMS = [
  'fa-far-from-optimal',
  'equal-loss-implies-same-representation',
  'gd-fa-almost-orthogonal-at-equal-loss',
];
const BUDGETS = [100, 300];

/** The claim with its search made random: every perturbation is a fresh draw. */
function randomSearch(claim) {
  return {
    ...claim,
    target: {
      ...claim.target,
      space: (maxSize) => {
        const space = claim.target.space(maxSize);
        return { ...space, perturb: (_parts, random) => space.sample(random) };
      },
    },
  };
}

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

export function targetedSearchBench() {
  console.log(`\n## targeted search against random search (${machineLine()})\n`);
  console.log(
    '| claim | evaluations a rung | climbing: found (seeds) | median evaluations | random: found | median evaluations |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const id of CLAIMS) {
    const claim = catalogue.find((c) => c.id === id);
    for (const runs of BUDGETS) {
      const tally = (c) => {
        const found = SEEDS.map((seed) => checkClaim(c, { runs, seed, maxSize: 8 })).filter(
          (r) => r.outcome === 'witnessed' || r.outcome === 'refuted',
        );
        return { found: found.length, median: median(found.map((r) => r.runs)) };
      };
      const climb = tally(claim);
      const rand = tally(randomSearch(claim));
      console.log(
        `| ${id} | ${runs} | ${climb.found} of ${SEEDS.length} | ${climb.median} | ${rand.found} of ${SEEDS.length} | ${rand.median} |`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) targetedSearchBench();
