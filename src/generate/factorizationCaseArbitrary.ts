import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { axesPlusGaussian } from './axesPlusGaussian.js';
import type { FactorizationCase } from './FactorizationCase.js';
import type { FeedbackFamily } from './FeedbackFamily.js';
import { feedbackMatrix } from './feedbackMatrix.js';
import { GRID_PART_LIMIT, gaussianGridArbitrary } from './gaussianGridArbitrary.js';
import { orthonormalFrame } from './orthonormalFrame.js';
import { spectrum, spectrumKinds, type SpectrumKind } from './spectrum.js';

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

/** The default largest `r` and rank for sides up to `maxSide`: `min(maxSide, 32)`. @public */
export function defaultMaxRank(maxSide: number): number {
  return Math.min(maxSide, 32);
}

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
  const minSide = Math.min(maxSide, Math.max(constraints.minSide ?? 1, rank === 'r<k' ? 2 : 1));
  // Ranks and r go up to `top` (the side itself unless capped); `r < k` needs k >= 2.
  const top = Math.min(maxSide, Math.max(maxRank, leastSide));
  const spectra = constraints.spectra ?? spectrumKinds;
  const families = constraints.feedback ?? ['gaussian'];
  const maxCondition = constraints.maxCondition ?? 1000;
  const initScale = constraints.initScale ?? 1e-3;
  const gaussians = gaussianGridArbitrary(maxSide);
  return fc
    .record({
      rRaw: fc.integer({ min: 0, max: top - 1 }),
      kRaw: fc.integer({ min: 0, max: top - 1 }),
      nRaw: fc.integer({ min: 0, max: maxSide - minSide }),
      mRaw: fc.integer({ min: 0, max: maxSide - minSide }),
      kind: fc.constantFrom(...spectra),
      conditionLevel: fc.integer({ min: 0, max: 1000 }),
      family: fc.constantFrom(...families),
      gU: gaussians,
      gV: gaussians,
      gB: gaussians,
      gZ: constraints.init === 'small-random' ? gaussians : fc.constant(null),
      gW: constraints.init === 'small-random' ? gaussians : fc.constant(null),
      // Above GRID_PART_LIMIT, ties as parts of their own: at sides up to 256 independent sides and
      // ranks almost never coincide, so square targets and r = rank(Y) (regimes the catalogue needs
      // a share of) would vanish; each tie is drawn about one time in four. Up to the limit the record
      // is exactly what it was, so the default and quick profiles generate what they always did.
      ...(maxSide > GRID_PART_LIMIT
        ? { tieSides: fc.integer({ min: 0, max: 3 }), tieRank: fc.integer({ min: 0, max: 3 }) }
        : {}),
    })
    .map((p) => {
      const tie = (part: number | undefined): boolean => part === 0;
      let r: number;
      let k: number;
      if (rank === 'r<k') {
        r = Math.min(1 + p.rRaw, top - 1);
        k = Math.min(r + 1 + p.kRaw, top);
      } else if (rank === 'r>=k') {
        k = 1 + p.kRaw;
        r = tie(p.tieRank) ? k : Math.min(k + p.rRaw, top);
      } else {
        k = 1 + p.kRaw;
        r = tie(p.tieRank) ? k : 1 + p.rRaw;
      }
      const n = Math.min(maxSide, Math.max(k, minSide + p.nRaw));
      const m = tie(p.tieSides) ? n : Math.min(maxSide, Math.max(k, minSide + p.mRaw));
      const condition = p.kind === 'flat' || k === 1 ? 1 : Math.pow(maxCondition, p.conditionLevel / 1000);
      const gap = constraints.gapRatio === undefined ? undefined : { r, ratio: constraints.gapRatio };
      const s = spectrum(p.kind, k, condition, gap);
      const U = orthonormalFrame(n, k, p.gU, maxSide);
      const V = orthonormalFrame(m, k, p.gV, maxSide);
      const Y = U.mmul(Matrix.diag(s)).mmul(V.transpose());
      const B = feedbackMatrix(p.family, n, r, p.gB, maxSide, U);
      const small = p.gZ !== null && p.gW !== null;
      return {
        n,
        m,
        k,
        r,
        s,
        spectrum: p.kind,
        condition: s[0] / s[k - 1],
        Y,
        U,
        V,
        B,
        feedback: p.family,
        Z0: small ? axesPlusGaussian(n, r, p.gZ as readonly number[], maxSide, initScale) : null,
        W0: small ? axesPlusGaussian(r, m, p.gW as readonly number[], maxSide, initScale) : null,
      };
    });
}
