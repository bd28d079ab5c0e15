import { Matrix } from 'ml-matrix';
import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { numericalRank } from '../theory/numericalRank.js';
import { cleanValues } from './cleanValues.js';

/** Most claim evaluations one simplification may spend. */
const MAX_EVALUATIONS = 400;

const axes = (rows: number, cols: number): Matrix => Matrix.eye(rows, cols);

/** `Y = U diag(s) V^T` again after a change of its parts, and the derived fields. */
function rebuild(c: FactorizationCase, u: Matrix, s: number[], v: Matrix): FactorizationCase {
  const flat = s.every((x) => x === s[0]);
  return {
    ...c,
    U: u,
    V: v,
    s,
    Y: u.mmul(Matrix.diag(s)).mmul(v.transpose()),
    condition: s[0] / s[s.length - 1],
    spectrum: flat ? 'flat' : c.spectrum,
  };
}

/** The structure a simplification must keep: sides, ranks, and the rank of `B^T U` (genericity). */
function sameStructure(a: FactorizationCase, b: FactorizationCase): boolean {
  return (
    numericalRank(b.Y) === a.k &&
    numericalRank(b.B.transpose().mmul(b.U)) === numericalRank(a.B.transpose().mmul(a.U))
  );
}

/**
 * Structure-aware shrinking, after fast-check's: greedily replaces the parts of a failing instance by
 * simpler ones while it still fails — the frames `U`, `V` by the coordinate axes (so `Y` becomes
 * `diag(s)`), singular values by equal neighbours and clean numbers (1, 1/2, short decimals, hence
 * clean gaps), entries of `B` by 0, ±1 and short decimals (column by column for a repeated column;
 * never for a `B` orthogonal to `Y`), and the entries of small initial factors by short decimals of the
 * same size. Sides, rank, `r` and `rank(B^T U)` are kept, so the hypotheses of the claim still hold.
 * `fails` is the claim's decisive failure test. Pure apart from the calls to `fails`.
 * @internal
 */
export function simplifyCase(
  c0: FactorizationCase,
  fails: (c: FactorizationCase) => boolean,
): FactorizationCase {
  let c = c0;
  let budget = MAX_EVALUATIONS;
  const attempt = (candidate: FactorizationCase): boolean => {
    if (budget <= 0 || !sameStructure(c0, candidate)) return false;
    budget--;
    if (!fails(candidate)) return false;
    c = candidate;
    return true;
  };
  attempt(rebuild(c, axes(c.n, c.k), [...c.s], c.V));
  attempt(rebuild(c, c.U, [...c.s], axes(c.m, c.k)));
  for (let i = 0; i < c.k; i++) {
    const options = i > 0 ? [c.s[i - 1], ...cleanValues(c.s[i], false)] : cleanValues(c.s[i], false);
    for (const value of options) {
      const s = [...c.s];
      s[i] = value;
      const ordered = value > 0 && s.every((x, j) => j === 0 || x <= s[j - 1]);
      if (ordered && attempt(rebuild(c, c.U, s, c.V))) break;
    }
  }
  if (c.feedback !== 'orthogonal-to-target') {
    const columns = c.feedback === 'repeated-column' ? 1 : c.r;
    for (let i = 0; i < c.n; i++) {
      for (let j = 0; j < columns; j++) {
        for (const value of cleanValues(c.B.get(i, j), true)) {
          const b = c.B.clone();
          for (let jj = j; jj < (columns === 1 ? c.r : j + 1); jj++) b.set(i, jj, value);
          if (attempt({ ...c, B: b })) break;
        }
      }
    }
  }
  for (const key of ['Z0', 'W0'] as const) {
    const f = c[key];
    if (f === null) continue;
    for (let i = 0; i < f.rows; i++) {
      for (let j = 0; j < f.columns; j++) {
        const current = (c[key] as Matrix).get(i, j);
        for (const value of cleanValues(current, false).filter(
          (v) => Math.abs(v) !== 1 || Math.abs(current) === 1,
        )) {
          const g = (c[key] as Matrix).clone();
          g.set(i, j, value);
          if (attempt({ ...c, [key]: g })) break;
        }
      }
    }
  }
  return c;
}
