import { gd as gdRule } from '../rules/gd.js';
import { solve } from '../solve/solve.js';
import { faLimit } from '../theory/faLimit.js';
import { optimalLoss } from '../theory/optimalLoss.js';
import { seededFaRuns } from './seededFaRuns.js';
import type { Series } from './Series.js';

/** Plot (a): GD and FA loss against step on one target, with `L*(r)` and the FA limit. @internal */
export interface LossCurvesData {
  readonly seed: number;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** Singular values of `Y` (so `rank(Y)` is their count). */
  readonly singularValues: readonly number[];
  readonly steps: number;
  readonly etaGd: number;
  readonly etaFa: number;
  /** GD starts from `initScale * N(0, 1)` factors; FA starts from zero. */
  readonly initScale: number;
  /** Eckart–Young `L*(r)`. */
  readonly optimalLoss: number;
  /** `||Y (I - P_S)||_F^2`, the closed-form limit of FA from zero. */
  readonly faLimitLoss: number;
  readonly gd: Series;
  readonly fa: Series;
}

const N = 8;
const M = 6;
const R = 2;
const SPECTRUM = [1, 0.6, 0.36, 0.216];
const STEPS = 200;
const TRACE_EVERY = 1;
const INIT_SCALE = 1e-3;
const ETA_GD = 0.25;

const series = (label: string, trace: { step: Float64Array; loss: Float64Array } | undefined): Series => ({
  label,
  step: Array.from(trace?.step ?? []),
  value: Array.from(trace?.loss ?? []),
});

/**
 * Runs GD (from small random factors, `eta = 0.25 / s1`) and FA (from zero, the safe step:
 * {@link seededFaRuns}) for a fixed number of steps on one `8 x 6` target of rank 4 (geometric
 * spectrum, `s1 = 1`) with `r = 2 < rank`, so `L*(r) > 0` and FA stops above it. `Y`, `B` and GD's
 * start all come from `seed`.
 * @internal
 */
export function lossCurvesData(seed: number): LossCurvesData {
  const {
    Y,
    feedbacks: [B],
    eta: etaFa,
    runs: [fa],
  } = seededFaRuns({
    seed,
    stream: 'loss-curves',
    n: N,
    m: M,
    r: R,
    singularValues: SPECTRUM,
    steps: STEPS,
    traceEvery: TRACE_EVERY,
  });
  const gd = solve({
    Y,
    r: R,
    steps: STEPS,
    traceEvery: TRACE_EVERY,
    rule: gdRule,
    eta: ETA_GD,
    init: { scale: INIT_SCALE, seed: `fa-verify report ${seed} loss-curves gd-init` },
  });
  return {
    seed,
    n: N,
    m: M,
    r: R,
    singularValues: SPECTRUM,
    steps: STEPS,
    etaGd: ETA_GD,
    etaFa,
    initScale: INIT_SCALE,
    optimalLoss: optimalLoss(Y, R),
    faLimitLoss: faLimit(Y, B).loss,
    gd: series('GD', gd.trace),
    fa: series('FA', fa.trace),
  };
}
