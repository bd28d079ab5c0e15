import { Matrix } from 'ml-matrix';
import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { singularValues } from '../theory/singularValues.js';

/**
 * The genericity level of "B generic": `||B^T u_i||` for every left singular vector `u_i` of `Y`, and
 * the smallest singular value of `B^T U`, are at least this times `||B||_2 / sqrt(n)` (the typical size
 * of an entry of `B^T U`). A Gaussian `B` misses it with probability about `1e-3` per singular vector
 * when `r = 1` (less for larger `r`), whatever the sides; a `B` orthogonal to a singular vector of `Y`,
 * or with `rank(B^T U) < min(r, k)`, never meets it.
 * @public
 */
export const GENERICITY_LEVEL = 1e-3;

/** Relative accuracy to which a stored instance must be consistent (frames, `Y = U diag(s) V^T`). */
const CONSISTENCY = 1e-9;

/** What {@link caseHypotheses} checks besides the consistency every instance needs. @public */
export interface CaseHypothesisSpec {
  /** How `r` relates to `k = rank(Y)` (default `'any'`). */
  readonly rank?: 'any' | 'r>=k' | 'r<k';
  /** Whether `B` must be generic at {@link GENERICITY_LEVEL} (default false). */
  readonly genericB?: boolean;
  /** The start: from zero, small random factors, or either (default either). */
  readonly start?: 'zero' | 'small-random' | 'any';
  /** Largest `s_r+1 / s_r` (a spectral gap at `r`), when the claim needs one. */
  readonly gapRatio?: number;
  /** Largest condition number `s_1 / s_k`, when the claim bounds it. */
  readonly maxCondition?: number;
}

const shapeOf = (a: Matrix | null): string => (a === null ? 'zero' : `${a.rows} x ${a.columns}`);
const finite = (a: Matrix): boolean => a.to1DArray().every(Number.isFinite);
const rel = (a: Matrix, b: Matrix): number =>
  a.clone().sub(b).norm('frobenius') / Math.max(1, b.norm('frobenius'));

/** The consistency every instance needs: shapes, finite entries, normalised ordered spectrum, frames, `Y`. */
function consistencyProblems(c: FactorizationCase): string[] {
  const bad: string[] = [];
  const want = (what: string, a: Matrix | null, rows: number, cols: number): void => {
    if (a !== null && (a.rows !== rows || a.columns !== cols))
      bad.push(`${what} is ${shapeOf(a)}, not ${rows} x ${cols}`);
    else if (a !== null && !finite(a)) bad.push(`${what} has a non-finite entry`);
  };
  if (![c.n, c.m, c.k, c.r].every((x) => Number.isInteger(x) && x >= 1))
    return ['n, m, k, r must be integers >= 1'];
  if (c.k > Math.min(c.n, c.m)) bad.push(`rank ${c.k} exceeds the sides ${c.n} x ${c.m}`);
  want('Y', c.Y, c.n, c.m);
  want('U', c.U, c.n, c.k);
  want('V', c.V, c.m, c.k);
  want('B', c.B, c.n, c.r);
  want('Z0', c.Z0, c.n, c.r);
  want('W0', c.W0, c.r, c.m);
  if ((c.Z0 === null) !== (c.W0 === null)) bad.push('Z0 and W0 must be given together');
  if (c.s.length !== c.k) bad.push(`${c.s.length} singular values for rank ${c.k}`);
  if (bad.length > 0) return bad;
  if (!c.s.every((x, i) => Number.isFinite(x) && x > 0 && (i === 0 || x <= c.s[i - 1])))
    bad.push('singular values must be positive and non-increasing');
  else if (Math.abs(c.s[0] - 1) > CONSISTENCY) bad.push(`s1 = ${c.s[0]}, not 1 (targets are normalised)`);
  const eye = Matrix.eye(c.k);
  if (rel(c.U.transpose().mmul(c.U), eye) > CONSISTENCY) bad.push('U is not orthonormal');
  if (rel(c.V.transpose().mmul(c.V), eye) > CONSISTENCY) bad.push('V is not orthonormal');
  if (bad.length === 0 && rel(c.U.mmul(Matrix.diag([...c.s])).mmul(c.V.transpose()), c.Y) > CONSISTENCY)
    bad.push('Y differs from U diag(s) V^T');
  return bad;
}

/**
 * "B generic" at {@link GENERICITY_LEVEL}: the columns (`B^T u_i`) and the smallest singular value of
 * `B^T U` against `level ||B||_2 / sqrt(n)`. Returns the unmet parts, in words.
 * @public
 */
export function genericFeedbackProblems(c: FactorizationCase, level = GENERICITY_LEVEL): string[] {
  const bNorm = singularValues(c.B)[0] ?? 0;
  const btu = c.B.transpose().mmul(c.U);
  const floor = (level * bNorm) / Math.sqrt(c.n);
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < c.k; i++) smallest = Math.min(smallest, btu.getColumnVector(i).norm('frobenius'));
  const sigma = singularValues(btu);
  const sigmaMin = sigma[Math.min(c.r, c.k) - 1] ?? 0;
  const bad: string[] = [];
  // Each test is written so that NaN fails it (a NaN norm or singular value is never generic).
  const nonzero = bNorm > 0;
  const columnsClear = smallest >= floor;
  const sigmaClear = sigmaMin >= floor;
  if (!nonzero) return ['B is zero'];
  if (!columnsClear)
    bad.push(
      `B not generic: ||B^T u_i|| = ${smallest.toPrecision(3)} < ${level} ||B||_2 / sqrt(n) for some i`,
    );
  if (!sigmaClear)
    bad.push(
      `B not generic: smallest singular value of B^T U is ${sigmaMin.toPrecision(3)} < ${level} ||B||_2 / sqrt(n)`,
    );
  return bad;
}

/**
 * The hypotheses of a claim over factorization instances as a predicate: the unmet ones, in words.
 * Consistency (shapes, finite entries, `s_1 = 1` and ordered, orthonormal frames, `Y = U diag(s) V^T`)
 * always; then the rank relation, genericity of `B`, the start, the gap and the condition as asked.
 * @public
 */
export function caseHypotheses(spec: CaseHypothesisSpec = {}): (c: FactorizationCase) => string[] {
  return (c) => {
    const bad = consistencyProblems(c);
    if (bad.length > 0) return bad;
    if (spec.rank === 'r>=k' && c.r < c.k) bad.push(`r = ${c.r} < rank(Y) = ${c.k}`);
    if (spec.rank === 'r<k' && !(c.r < c.k)) bad.push(`r = ${c.r} >= rank(Y) = ${c.k}`);
    if (spec.start === 'zero' && c.Z0 !== null) bad.push('the start must be zero');
    if (spec.start === 'small-random' && c.Z0 === null) bad.push('the start must be small and random');
    if (
      spec.gapRatio !== undefined &&
      c.r < c.k &&
      !(c.s[c.r] <= spec.gapRatio * c.s[c.r - 1] * (1 + CONSISTENCY))
    )
      bad.push(
        `no gap at r: s_${c.r + 1} / s_${c.r} = ${(c.s[c.r] / c.s[c.r - 1]).toPrecision(3)} > ${spec.gapRatio}`,
      );
    if (spec.maxCondition !== undefined && !(c.s[0] / c.s[c.k - 1] <= spec.maxCondition * (1 + CONSISTENCY)))
      bad.push(`condition ${(c.s[0] / c.s[c.k - 1]).toPrecision(3)} > ${spec.maxCondition}`);
    if (spec.genericB === true) bad.push(...genericFeedbackProblems(c));
    return bad;
  };
}
