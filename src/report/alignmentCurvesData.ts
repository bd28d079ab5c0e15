import { seededFaRuns } from './seededFaRuns.js';
import type { Series } from './Series.js';

/** Plot (b): the alignment `a(Z, B)` of FA from zero against step, one curve per feedback draw. @internal */
export interface AlignmentCurvesData {
  readonly seed: number;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  readonly singularValues: readonly number[];
  readonly steps: number;
  /** One step size for every curve (the smallest safe one), so that steps compare across curves. */
  readonly eta: number;
  /** One curve per feedback `B`, labelled `B1`, `B2`, ... */
  readonly curves: readonly Series[];
}

const N = 8;
const M = 6;
const R = 2;
const SPECTRUM = [1, 0.6, 0.36, 0.216];
const FEEDBACK_DRAWS = 6;
const STEPS = 100;
const TRACE_EVERY = 1;

/**
 * FA from zero on one `8 x 6` target of rank 4 with `r = 2`, once for each of six feedback draws
 * `B ~ N(0, 1/n)`, at the smallest of their safe step sizes ({@link seededFaRuns}): the traced
 * alignment of each run. `Y` and every `B` come from `seed`.
 * @internal
 */
export function alignmentCurvesData(seed: number): AlignmentCurvesData {
  const { eta, runs } = seededFaRuns({
    seed,
    stream: 'alignment-curves',
    n: N,
    m: M,
    r: R,
    singularValues: SPECTRUM,
    feedbackDraws: FEEDBACK_DRAWS,
    steps: STEPS,
    traceEvery: TRACE_EVERY,
  });
  const curves = runs.map((run, j): Series => ({
    label: `B${j + 1}`,
    step: Array.from(run.trace?.step ?? []),
    value: Array.from(run.trace?.alignment ?? []),
  }));
  return { seed, n: N, m: M, r: R, singularValues: SPECTRUM, steps: STEPS, eta, curves };
}
