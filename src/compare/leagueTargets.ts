import { Matrix } from 'ml-matrix';
import { seededFeedback } from '../random/seededFeedback.js';
import { seededLowRankMatrix } from '../random/seededLowRankMatrix.js';

/** One target of the league table: `Y` (`n x m`, `s1 = 1`), its rank, the inner dimension and a feedback. @internal */
export interface LeagueTarget {
  /** For people: the kind of target and where `r` is against its rank. */
  readonly label: string;
  readonly y: Matrix;
  readonly rank: number;
  readonly r: number;
  /** Gaussian feedback `B` (`n x r`, entries `N(0, 1/n)`), shared by every rule that needs one. */
  readonly b: Matrix;
}

const N = 8;
const M = 6;

/** The shapes: a rank-3 target with `r` below, at and above its rank, and a full-rank one below and at. */
const SHAPES: ReadonlyArray<{ kind: string; rank: number; r: number }> = [
  { kind: 'low-rank', rank: 3, r: 2 },
  { kind: 'low-rank', rank: 3, r: 3 },
  { kind: 'low-rank', rank: 3, r: 5 },
  { kind: 'full-rank', rank: 6, r: 2 },
  { kind: 'full-rank', rank: 6, r: 6 },
];

/**
 * The targets of `fa-verify compare`, all drawn from `seed`: `8 x 6`, geometric spectra with
 * condition 10 and a relative gap `s_{r+1} <= s_r / 2` at `r` (so the optimum is unique), `r` below,
 * at and above the rank of a rank-3 target, below and at the rank of a full-rank one.
 * @internal
 */
export function leagueTargets(seed: number): LeagueTarget[] {
  return SHAPES.map(({ kind, rank, r }) => {
    const where = r < rank ? 'r < rank' : r === rank ? 'r = rank' : 'r > rank';
    const label = `${kind} ${N}x${M}, rank ${rank}, r ${r} (${where})`;
    const target = seededLowRankMatrix({
      rows: N,
      cols: M,
      rank,
      spectrum: 'geometric',
      condition: 10,
      ...(r < rank ? { gapAtR: { r, ratio: 0.5 } } : {}),
      seed: `compare/${seed}/${label}/Y`,
    });
    const b = seededFeedback({ family: 'gaussian', n: N, r, seed: `compare/${seed}/${label}/B` });
    return { label, y: new Matrix(target.Y), rank, r, b };
  });
}
