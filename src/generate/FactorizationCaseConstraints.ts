import type { FeedbackFamily } from './FeedbackFamily.js';
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
   * Largest `r` and `rank(Y)` (default `defaultMaxRank` of `maxSide`: the side itself up to 32,
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
