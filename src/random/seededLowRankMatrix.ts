import { spectrum, type SpectrumKind } from '../generate/spectrum.js';
import { gaussianSampler } from './gaussianSampler.js';
import { randomTarget, type RandomTarget } from './randomTarget.js';
import { seededUniform } from './seededUniform.js';

/** Options of {@link seededLowRankMatrix}. @public */
export interface SeededLowRankOptions {
  readonly rows: number;
  readonly cols: number;
  /** `rank(Y)`, in `[1, min(rows, cols)]`. */
  readonly rank: number;
  /** Default `'geometric'`. */
  readonly spectrum?: SpectrumKind;
  /** `s_1 / s_k` (default 10; ignored for `flat`). */
  readonly condition?: number;
  /** A relative gap at `r`: `s_{r+1} <= ratio s_r`. */
  readonly gapAtR?: { readonly r: number; readonly ratio: number };
  readonly seed: string;
}

/**
 * Standalone seeded generation of a low-rank target (outside properties, where fast-check's own
 * randomness is used): `Y = U diag(s) V^T` with Haar-random frames drawn from `seedrandom(seed)` and
 * the singular values of {@link spectrum} (`s_1 = 1`). The same options give the same matrix everywhere.
 * @public
 */
export function seededLowRankMatrix(o: SeededLowRankOptions): RandomTarget & { readonly s: number[] } {
  const s = spectrum(o.spectrum ?? 'geometric', o.rank, o.condition ?? 10, o.gapAtR);
  return { ...randomTarget(o.rows, o.cols, s, gaussianSampler(seededUniform(o.seed))), s };
}
