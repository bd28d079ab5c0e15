import type { ClaimStatistics, StatisticsStep } from '../claim/ClaimStatistics.js';
import type { Judgement } from '../claim/judgeInput.js';
import { caseLens } from '../shrink/caseLens.js';

/** What {@link statisticsCollector} hears from a run, and what it makes of it. @internal */
export interface StatisticsCollector {
  /** A generated input was judged (not one outside the hypotheses). */
  generated(input: unknown, j: Judgement): void;
  /** The first failing input. */
  failed(input: unknown, j: Judgement): void;
  /** Shrinking moved to this smaller failing input. */
  shrunk(input: unknown, j: Judgement): void;
  /** The statistics so far. */
  statistics(): ClaimStatistics;
}

/** Sides of the factorization instance inside an input, `n x m`; `-` without one. */
function sizeOf(input: unknown): string {
  const lens = caseLens(input);
  if (lens === null) return '-';
  const c = lens.get(input);
  return `${c.n} x ${c.m}`;
}

const stepOf = (input: unknown, j: Judgement): StatisticsStep => ({
  size: sizeOf(input),
  violation: j.evaluation?.violation ?? Number.NaN,
  tolerance: j.evaluation?.tolerance ?? Number.NaN,
});

/**
 * Collects the {@link ClaimStatistics} of one property run: the sizes of the inputs judged, the tightest
 * pass, the first failure and the shrink steps. Pure but for its own state; the run calls it.
 * @internal
 */
export function statisticsCollector(): StatisticsCollector {
  const sizes: Record<string, number> = {};
  let tightest: (StatisticsStep & { margin: number }) | undefined;
  let unshrunk: StatisticsStep | undefined;
  const trajectory: StatisticsStep[] = [];
  return {
    generated(input, j) {
      const size = sizeOf(input);
      sizes[size] = (sizes[size] ?? 0) + 1;
      const ev = j.evaluation;
      if (j.kind !== 'pass' || ev === undefined) return;
      const margin = ev.tolerance > 0 ? ev.violation / ev.tolerance : ev.violation;
      if (tightest === undefined || margin > tightest.margin)
        tightest = { size, violation: ev.violation, tolerance: ev.tolerance, margin };
    },
    failed(input, j) {
      unshrunk = stepOf(input, j);
    },
    shrunk(input, j) {
      trajectory.push(stepOf(input, j));
    },
    statistics: () => ({
      sizes: { ...sizes },
      ...(tightest === undefined ? {} : { tightest }),
      ...(unshrunk === undefined ? {} : { unshrunk, shrinkTrajectory: [...trajectory] }),
    }),
  };
}
