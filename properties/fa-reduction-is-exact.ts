import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { jacobiSvd } from '../src/linalg/jacobiSvd.js';
import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { faStepSize } from '../src/theory/faStepSize.js';
import { solveCase } from '../src/solvers/solveCase.js';
import type { Solvers } from '../src/solvers/Solvers.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { gaussianGridArbitrary } from '../src/generate/gaussianGridArbitrary.js';
import { fa } from '../src/rules/fa.js';
import type { SolveResult } from '../src/solve/solveDense.js';
import { rankTolerance } from '../src/theory/rankTolerance.js';

/**
 * Noise levels `sigma` of a full-rank target `Y + sigma G / sqrt(max(n, m))` (before renormalising to
 * `s_1 = 1`), simplest first: 0 keeps the low-rank target itself, and is where shrinking goes.
 */
const NOISE_LEVELS = [0, 1e-3, 1e-2, 0.1, 0.3] as const;

/** Steps of each run: fixed, so that the two runs are compared step for step, every step traced. */
const STEPS = 200;

/**
 * Relative agreement of the reduced and the full run (docs/theory.md §Claims `fa-reduction-is-exact`).
 * The reduction is exact in exact arithmetic; in floating point the two runs differ by
 * - the bases: orthonormal to about `max(n, m) eps` per column (Gram–Schmidt twice), so the reduced
 *   target, start and feedback carry relative errors of about `d max(n, m) eps` (`d <= 3r` columns):
 *   at most `24 * 8 * 2.2e-16 ~ 4e-14` on the catalogue's sides (`<= 8`);
 * - each step's rounding, about `(n + m + r) eps` relative in either run, which at the safe step size
 *   (a stable iteration, `eta lambda < 1`) adds up at most linearly: `200 * 24 * eps ~ 1e-12`.
 * Measured: `5e-13` at most in `Z`, `W` over 3000 steps at 128 x 96, `r = 16` (test/solve). `1e-10`
 * leaves a factor of 100 over the sum, and is far below any real defect of the reduction (a missing
 * direction, a wrong offset or feedback norm changes the run at order one).
 */
const AGREEMENT = 1e-10;

/**
 * A full-rank target from a low-rank case: `Y + sigma G / sqrt(max(n, m))` with `G` Gaussian from
 * shrinkable parts (laid out on a `maxSide x maxSide` grid, so that entries stay put when the sides
 * shrink), renormalised to `s_1 = 1`, with its SVD as the frames and spectrum (singular values below
 * the rank tolerance left out). The spectrum kind stays that of the low-rank part.
 */
function withNoise(
  c: FactorizationCase,
  g: readonly number[],
  level: number,
  maxSide: number,
): FactorizationCase {
  const sigma = NOISE_LEVELS[level];
  if (sigma === 0) return c;
  const scale = sigma / Math.sqrt(Math.max(c.n, c.m));
  const noisy = c.Y.clone();
  for (let i = 0; i < c.n; i++)
    for (let j = 0; j < c.m; j++) noisy.set(i, j, noisy.get(i, j) + scale * g[i * maxSide + j]);
  const svd = jacobiSvd(noisy);
  const d = svd.values;
  const s1 = d[0];
  const keep = Array.from(d.keys()).filter((i) => d[i] > rankTolerance(c.n, c.m, s1));
  const u = svd.U;
  const v = svd.V;
  const U = new Matrix(c.n, keep.length);
  const V = new Matrix(c.m, keep.length);
  keep.forEach((col, j) => {
    for (let i = 0; i < c.n; i++) U.set(i, j, u.get(i, col));
    for (let i = 0; i < c.m; i++) V.set(i, j, v.get(i, col));
  });
  const s = keep.map((i) => d[i] / s1);
  return { ...c, k: keep.length, s, condition: 1 / s[s.length - 1], Y: noisy.div(s1), U, V };
}

/**
 * `||a - b||_F / max(||b||_F, scale)`: relative to `b`, or to `scale` (a factor's natural size) when
 * `b` is smaller; 0 when `a = b`.
 */
function relative(a: Matrix, b: Matrix, scale: number): number {
  const d = a.clone().sub(b).norm('frobenius');
  return d === 0 ? 0 : d / Math.max(b.norm('frobenius'), scale);
}

/** The largest `|a_i - b_i|` over the first `length` entries. */
function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** The run of a case, on the full matrices or forced into the feedback subspaces. */
function run(c: FactorizationCase, reduce: false | 'always', solvers: Solvers | undefined): SolveResult {
  return solveCase(c.Y, c.r, c.B, c.Z0, c.W0, {
    rule: fa,
    eta: faStepSize(c),
    stopping: { kind: 'steps', steps: STEPS },
    traceEvery: 1,
    reduce,
    ...(solvers === undefined ? {} : { solvers }),
  });
}

/**
 * docs/theory.md §Closed forms (5) and §The feedback reduction: FA never leaves `R = row(W0) +
 * row(B^T Y)` (rows of `W`) and `C = col(Z0) + col(Y V_R)` (columns of `Z`), whatever the rank of `Y`,
 * so the run on `y = Q_C^T Y V_R` with feedback `Q_C^T B`, lifted back, is the run itself. Checked on
 * low-rank and full-rank (noisy) targets, from zero and from small random starts, with every family of
 * feedback: the solver forced into `C x R` (`reduce: 'always'`) against the same solver on the full
 * matrices, step for step.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reduction-is-exact',
  expected: 'holds',
  statement:
    'FA run in C = col(Z0) + col(Y V_R) and R = row(W0) + row(B^T Y) equals the full run, for any target',
  hypotheses: [
    'FA from zero, or from small random factors 1e-3 (I + G), G Gaussian',
    'any target: low rank, or full rank as Y + sigma G / sqrt(max(n, m)), sigma up to 0.3, renormalised to s1(Y) = 1',
    'B from any family: generic, orthonormal, a repeated column, orthogonal to the columns of the low-rank part',
    'safe step size eta = 0.4 (s1(Y) max(||B||_2, 0.1))^(-2/3)',
    `${STEPS} steps, every one traced, the reduced run forced into C x R (reduce: always)`,
  ],
  regimes: [
    'full-rank',
    'low-rank',
    'r<rank',
    'r=rank',
    'r>rank',
    'tall',
    'wide',
    'square',
    'init:zero',
    'init:small-random',
  ],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'full-rank': 0.5,
    'low-rank': 0.02,
    'r<rank': 0.2,
    // A full-rank target has rank min(n, m), which r (at most 32) meets only on small sides: 3.4 % of
    // inputs at the thorough profile's sides up to 64, 7 % at the default's 8.
    'r=rank': 0.02,
    'r>rank': 0.1,
    ...regimeShares.shape,
    'init:zero': 0.25,
    'init:small-random': 0.25,
  },
  unmetHypotheses: caseHypotheses(),
  arbitrary: (maxSize) => {
    const families = ['gaussian', 'orthonormal', 'repeated-column', 'orthogonal-to-target'] as const;
    return fc
      .record({
        c: fc.oneof(
          factorizationCaseArbitrary({ maxSide: maxSize, feedback: families }),
          factorizationCaseArbitrary({ maxSide: maxSize, feedback: families, init: 'small-random' }),
        ),
        // Full rank four times in five: the levels after 0.
        level: fc.integer({ min: 0, max: NOISE_LEVELS.length - 1 }),
        g: gaussianGridArbitrary(maxSize),
      })
      .map(({ c, level, g }) => withNoise(c, g, level, maxSize));
  },
  evaluate(c, solvers) {
    const full = run(c, false, solvers);
    const reduced = run(c, 'always', solvers);
    const yNormSq = c.Y.norm('frobenius') ** 2;
    // A balanced factor of Y is about sqrt(||Y||_F) in norm (both factors of FA's limit are): the
    // scale below which a difference in Z or W is measured absolutely, not relative to a factor that
    // never grew (a feedback orthogonal to Y leaves W at rounding noise).
    const factorScale = Math.sqrt(Math.sqrt(yNormSq));
    const ft = full.trace;
    const rt = reduced.trace;
    const sameSteps =
      full.steps === reduced.steps &&
      full.reason === reduced.reason &&
      ft !== undefined &&
      rt !== undefined &&
      ft.step.length === rt.step.length &&
      ft.step.every((t, i) => t === rt.step[i]);
    // C x R is empty only when nothing can move (B^T Y = 0 from zero): then the solver stays on the
    // full matrices, and the full run must indeed have stayed at its start.
    const stayed =
      relative(full.Z, c.Z0 ?? Matrix.zeros(c.n, c.r), 1) === 0 &&
      relative(full.W, c.W0 ?? Matrix.zeros(c.r, c.m), 1) === 0;
    const taken = reduced.subspace?.kind === 'feedback';
    // Theory's bound on the sides: d2 <= r (2r with a start), d1 <= d2 (+ r with a start).
    const start = c.Z0 === null ? 0 : c.r;
    const d2Bound = Math.min(c.m, c.r + start);
    const d1Bound = Math.min(c.n, d2Bound + start);
    const withinBound =
      reduced.subspace === undefined ||
      (reduced.subspace.rows <= d1Bound && reduced.subspace.cols <= d2Bound);
    const observed = {
      subspace: reduced.subspace ?? null,
      bound: { rows: d1Bound, cols: d2Bound },
      zDifference: relative(reduced.Z, full.Z, factorScale),
      wDifference: relative(reduced.W, full.W, factorScale),
      lossDifference: Math.abs(reduced.loss - full.loss) / yNormSq,
      fullLoss: full.loss,
      reducedLoss: reduced.loss,
      steps: full.steps,
      reason: full.reason,
    };
    // A reduction not taken where it applies, beyond theory's sides, or a run of another length: a
    // defect of order one (violation 1, 1e10 tolerances).
    if (ft === undefined || rt === undefined || !sameSteps || !(taken || stayed) || !withinBound)
      return evaluation(1, AGREEMENT, observed);
    const traceLoss = maxAbsDiff(ft.loss, rt.loss) / yNormSq;
    const traceAlignment = maxAbsDiff(ft.alignment, rt.alignment);
    const violation = Math.max(
      observed.zDifference,
      observed.wDifference,
      observed.lossDifference,
      traceLoss,
      traceAlignment,
    );
    return evaluation(violation, AGREEMENT, { ...observed, traceLoss, traceAlignment });
  },
  classify: (c) => [
    ...caseRegimes(c),
    c.k === Math.min(c.n, c.m) ? 'full-rank' : 'low-rank',
    c.Z0 === null ? 'init:zero' : 'init:small-random',
  ],
  describe: describeCase,
};
