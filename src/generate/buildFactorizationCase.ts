import { Matrix } from 'ml-matrix';
import { axesPlusGaussian } from './axesPlusGaussian.js';
import type { FactorizationCase } from './FactorizationCase.js';
import type { FactorizationSettings } from './factorizationSettings.js';
import type { FeedbackFamily } from './FeedbackFamily.js';
import { feedbackMatrix } from './feedbackMatrix.js';
import { orthonormalFrame } from './orthonormalFrame.js';
import { spectrum, type SpectrumKind } from './spectrum.js';

/**
 * The parts a factorization instance is built from: sizes as raw integers (read against the
 * settings' bounds), the spectrum's kind and condition level (0..1000, log scale), the feedback
 * family, and Gaussian grids (`maxSide x maxSide`, row-major) for `U`, `V`, `B` and the small initial
 * factors (null: start from zero). Above side 16 the ties make square targets and `r = rank(Y)`
 * common (0 means tied). @internal
 */
export interface FactorizationParts {
  readonly rRaw: number;
  readonly kRaw: number;
  readonly nRaw: number;
  readonly mRaw: number;
  readonly kind: SpectrumKind;
  readonly conditionLevel: number;
  readonly family: FeedbackFamily;
  readonly gU: readonly number[];
  readonly gV: readonly number[];
  readonly gB: readonly number[];
  readonly gZ: readonly number[] | null;
  readonly gW: readonly number[] | null;
  readonly tieSides?: number;
  readonly tieRank?: number;
}

/**
 * The instance its parts make under the settings: `Y = U diag(s) V^T` with `U`, `V` orthonormal frames
 * of `I + G`, `B` of its family, the initial factors `scale (I + G)` or zero. The hypotheses of the
 * rank relation are built in, never filtered. Pure: the fast-check arbitrary and the targeted search
 * both build their instances here.
 * @internal
 */
export function buildFactorizationCase(
  p: FactorizationParts,
  settings: FactorizationSettings,
): FactorizationCase {
  const { rank, maxSide, minSide, top, maxCondition, initScale } = settings;
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
  const gap = settings.gapRatio === undefined ? undefined : { r, ratio: settings.gapRatio };
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
}
