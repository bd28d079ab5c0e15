import fc from 'fast-check';
import type { FactorizationCase } from './FactorizationCase.js';
import type { FactorizationCaseConstraints } from './FactorizationCaseConstraints.js';
import { buildFactorizationCase, type FactorizationParts } from './buildFactorizationCase.js';
import { factorizationSettings } from './factorizationSettings.js';
import { GRID_PART_LIMIT, gaussianGridArbitrary } from './gaussianGridArbitrary.js';

export type { FactorizationCaseConstraints, RankRelation } from './FactorizationCaseConstraints.js';
export { defaultMaxRank } from './factorizationSettings.js';

/**
 * Factorization instances from shrinkable parts, mapped (never chained or filtered): sizes as
 * integers, `U`, `V` as orthonormal frames of `I + G`, the spectrum by kind and condition number, `B`
 * and the initial factors as `I + G` scaled. Every part shrinks toward the simplest instance: small
 * sides, `r` and rank, a flat spectrum, frames on the coordinate axes.
 * @public
 */
export function factorizationCaseArbitrary(
  constraints: FactorizationCaseConstraints = {},
): fc.Arbitrary<FactorizationCase> {
  const settings = factorizationSettings(constraints);
  const { maxSide, minSide, top } = settings;
  const gaussians = gaussianGridArbitrary(maxSide);
  const parts: fc.Arbitrary<FactorizationParts> = fc.record({
    rRaw: fc.integer({ min: 0, max: top - 1 }),
    kRaw: fc.integer({ min: 0, max: top - 1 }),
    nRaw: fc.integer({ min: 0, max: maxSide - minSide }),
    mRaw: fc.integer({ min: 0, max: maxSide - minSide }),
    kind: fc.constantFrom(...settings.spectra),
    conditionLevel: fc.integer({ min: 0, max: 1000 }),
    family: fc.constantFrom(...settings.families),
    gU: gaussians,
    gV: gaussians,
    gB: gaussians,
    gZ: settings.init === 'small-random' ? gaussians : fc.constant(null),
    gW: settings.init === 'small-random' ? gaussians : fc.constant(null),
    // Above GRID_PART_LIMIT, ties as parts of their own: at sides up to 256 independent sides and
    // ranks almost never coincide, so square targets and r = rank(Y) (regimes the catalogue needs
    // a share of) would vanish; each tie is drawn about one time in four. Up to the limit the record
    // is exactly what it was, so the default and quick profiles generate what they always did.
    ...(maxSide > GRID_PART_LIMIT
      ? { tieSides: fc.integer({ min: 0, max: 3 }), tieRank: fc.integer({ min: 0, max: 3 }) }
      : {}),
  });
  return parts.map((p) => buildFactorizationCase(p, settings));
}
