import { Matrix } from 'ml-matrix';
import type { LearningRule } from '../rules/LearningRule.js';
import { ruleRegistry } from '../rules/ruleRegistry.js';
import { solve } from '../solve/solve.js';
import { alignment } from '../theory/alignment.js';
import { optimalLoss } from '../theory/optimalLoss.js';
import { safeFaStepSize } from '../theory/safeFaStepSize.js';
import { singularValues } from '../theory/singularValues.js';
import { leagueTargets, type LeagueTarget } from './leagueTargets.js';

/** One entrant: a registered rule with its parameters and its start. @internal */
export interface LeagueEntrant {
  readonly label: string;
  readonly rule: string;
  readonly lambda?: number;
  readonly rho?: number;
  /** `zero`, or small random factors `1e-3 N(0, 1)` (GD and sign cannot start at zero). */
  readonly start: 'zero' | 'small-random';
}

/** The entrants: every rule, FA also with decay. */
export const LEAGUE_ENTRANTS: readonly LeagueEntrant[] = [
  { label: 'gd', rule: 'gd', start: 'small-random' },
  { label: 'fa', rule: 'fa', start: 'zero' },
  { label: 'fa lambda=0.01', rule: 'fa', lambda: 0.01, start: 'zero' },
  { label: 'kp lambda=0.01', rule: 'kp', lambda: 0.01, start: 'zero' },
  { label: 'sign', rule: 'sign', start: 'small-random' },
  { label: 'mixed rho=0.5', rule: 'mixed', rho: 0.5, start: 'zero' },
];

/** One row of the league table. @internal */
export interface LeagueRow {
  readonly target: string;
  readonly rank: number;
  readonly r: number;
  readonly entrant: string;
  /** Final loss over the optimum `L*(r)`; null where `L*(r) = 0` (`r >= rank`, to `1e-12 ||Y||_F^2`). */
  readonly lossOverOptimum: number | null;
  /** `(loss - L*(r)) / ||Y||_F^2`. */
  readonly excessLoss: number;
  /** `a(M, Z)` at the end: the cosine between the backward matrix and the forward weights. */
  readonly alignment: number;
  /** Steps until the loss was within `tol ||Y||_F^2` of `L*(r)`; null when it never was. */
  readonly stepsToTolerance: number | null;
  readonly steps: number;
  readonly reason: string;
}

/** The table and how it was made. @internal */
export interface LeagueTable {
  readonly seed: number;
  readonly maxSteps: number;
  readonly tol: number;
  readonly rows: readonly LeagueRow[];
}

/** The backward matrix a rule sends at the end of a run, as the rule computes it. */
function endBackward(rule: LearningRule, z: Matrix, b: Matrix, feedback: Matrix | undefined): Matrix {
  const zData = Float64Array.from(z.to1DArray());
  const scratch = new Float64Array(zData.length);
  const m = rule.backward(zData, Float64Array.from((feedback ?? b).to1DArray()), scratch);
  return Matrix.from1DArray(z.rows, z.columns, Array.from(m));
}

function runOne(t: LeagueTarget, e: LeagueEntrant, seed: number, maxSteps: number, tol: number): LeagueRow {
  const s1 = singularValues(t.y)[0];
  const eta = Math.min(safeFaStepSize(s1, t.b), 0.25 / s1);
  const registered = ruleRegistry[e.rule];
  const params = {
    ...(e.lambda === undefined ? {} : { lambda: e.lambda }),
    ...(e.rho === undefined ? {} : { rho: e.rho }),
  };
  const out = solve({
    Y: t.y,
    r: t.r,
    rule: registered,
    eta,
    ...params,
    ...(registered.needsFeedback ? { B: t.b } : {}),
    ...(e.start === 'small-random' ? { init: { scale: 1e-3, seed: `compare/${seed}/${t.label}/init` } } : {}),
    maxSteps,
    tol,
    target: 'optimal',
    stationaryTol: 1e-12,
  });
  const best = optimalLoss(t.y, t.r);
  const yNormSq = t.y.norm('frobenius') ** 2;
  const rule = registered.withValues(params);
  const back = endBackward(rule, out.Z, t.b, out.feedback);
  return {
    target: t.label,
    rank: t.rank,
    r: t.r,
    entrant: e.label,
    // L*(r) of a rank-k target with r >= k is rounding (about eps^2 ||Y||^2): zero, no ratio.
    lossOverOptimum: best > 1e-12 * yNormSq ? out.loss / best : null,
    excessLoss: (out.loss - best) / yNormSq,
    alignment: alignment(out.Z, back),
    stepsToTolerance: out.reason === 'target' ? out.steps : null,
    steps: out.steps,
    reason: out.reason,
  };
}

/**
 * The league table of `fa-verify compare`: every entrant ({@link LEAGUE_ENTRANTS}) on every target of
 * {@link leagueTargets}, each run through `solve` at `eta = min(eta_safe, 0.25 / s1)` until its loss is
 * within `tol ||Y||_F^2` of `L*(r)`, stationary, or `maxSteps`. A function of `seed` alone: the same
 * seed gives the same table, byte for byte.
 * @internal
 */
export function leagueTable(seed: number, maxSteps = 20000, tol = 1e-6): LeagueTable {
  const rows: LeagueRow[] = [];
  for (const t of leagueTargets(seed))
    for (const e of LEAGUE_ENTRANTS) rows.push(runOne(t, e, seed, maxSteps, tol));
  return { seed, maxSteps, tol, rows };
}
