import fc from 'fast-check';
import type { FactorizationCase } from './FactorizationCase.js';
import type { FeedbackFamily } from './FeedbackFamily.js';
import { buildFactorizationCase, type FactorizationParts } from './buildFactorizationCase.js';
import { factorizationSettings } from './factorizationSettings.js';
import { GRID_PART_LIMIT, gaussianGridArbitrary } from './gaussianGridArbitrary.js';
import type { SpectrumKind } from './spectrum.js';

/** How `r` relates to `k = rank(Y)`: a theorem's hypothesis, built in rather than filtered. @public */
export type RankRelation = 'any' | 'r>=k' | 'r<k';

/** Constraints of {@link factorizationCaseArbitrary}, each with its default. @public */
export interface FactorizationCaseConstraints {
  /** Least side `n`, `m` (default 1; raised to 2 where `r < k` needs it). */
  readonly minSide?: number;
  /** Largest side `n`, `m` (default 8). */
  readonly maxSide?: number;
  /**
   * Largest `r` and `rank(Y)` (default {@link defaultMaxRank} of `maxSide`: the side itself up to 32,
   * 32 above): research-scale factorizations are low rank on large sides, and a case of rank and `r`
   * near 256 would cost minutes where one of 32 costs a second.
   */
  readonly maxRank?: number;
  /** Default `'any'`. */
  readonly rank?: RankRelation;
  /** Spectrum kinds to draw from, simplest first (default all). */
  readonly spectra?: readonly SpectrumKind[];
  /** Largest `s_1 / s_k` (default 1000); drawn log-uniformly from 1 up. */
  readonly maxCondition?: number;
  /** A relative gap at `r`: `s_{r+1} <= gapRatio * s_r` (default none). */
  readonly gapRatio?: number;
  /** Feedback families to draw from, the generic one first (default `['gaussian']`). */
  readonly feedback?: readonly FeedbackFamily[];
  /** Initial factors: `'zero'` (default) or `'small-random'`. */
  readonly init?: 'zero' | 'small-random';
  /** Scale of small random initial factors (default 1e-3). */
  readonly initScale?: number;
}

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
