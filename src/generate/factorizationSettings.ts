import type { FactorizationCaseConstraints, RankRelation } from './FactorizationCaseConstraints.js';
import type { FeedbackFamily } from './FeedbackFamily.js';
import { spectrumKinds, type SpectrumKind } from './spectrum.js';

/** The default largest `r` and rank for sides up to `maxSide`: `min(maxSide, 32)`. @public */
export function defaultMaxRank(maxSide: number): number {
  return Math.min(maxSide, 32);
}

/** {@link FactorizationCaseConstraints} checked and with every default filled in. @internal */
export interface FactorizationSettings {
  readonly rank: RankRelation;
  readonly maxSide: number;
  readonly minSide: number;
  /** Ranks and `r` go up to `top` (the side itself unless capped by `maxRank`). */
  readonly top: number;
  readonly spectra: readonly SpectrumKind[];
  readonly families: readonly FeedbackFamily[];
  readonly maxCondition: number;
  readonly gapRatio?: number;
  readonly init: 'zero' | 'small-random';
  readonly initScale: number;
}

/**
 * The settings of a factorization generator, shared by the fast-check arbitrary and the targeted
 * search's space. Throws a RangeError naming the constraint for a side or rank bound that is not an
 * integer in range. Pure.
 * @internal
 */
export function factorizationSettings(constraints: FactorizationCaseConstraints = {}): FactorizationSettings {
  const rank = constraints.rank ?? 'any';
  const maxSide = constraints.maxSide ?? 8;
  const leastSide = rank === 'r<k' ? 2 : 1;
  if (!Number.isInteger(maxSide) || maxSide < leastSide) {
    throw new RangeError(
      `maxSide must be an integer >= ${leastSide} for rank relation ${rank}, got ${maxSide}`,
    );
  }
  const maxRank = constraints.maxRank ?? defaultMaxRank(maxSide);
  if (!Number.isInteger(maxRank) || maxRank < 1)
    throw new RangeError(`maxRank must be an integer >= 1, got ${maxRank}`);
  const askedMinSide = constraints.minSide ?? 1;
  if (!Number.isInteger(askedMinSide) || askedMinSide < 0)
    throw new RangeError(`minSide must be an integer >= 0, got ${askedMinSide}`);
  const minSide = Math.min(maxSide, Math.max(askedMinSide, leastSide));
  return {
    rank,
    maxSide,
    minSide,
    // `r < k` needs k >= 2.
    top: Math.min(maxSide, Math.max(maxRank, leastSide)),
    spectra: constraints.spectra ?? spectrumKinds,
    families: constraints.feedback ?? ['gaussian'],
    maxCondition: constraints.maxCondition ?? 1000,
    ...(constraints.gapRatio === undefined ? {} : { gapRatio: constraints.gapRatio }),
    init: constraints.init ?? 'zero',
    initScale: constraints.initScale ?? 1e-3,
  };
}
