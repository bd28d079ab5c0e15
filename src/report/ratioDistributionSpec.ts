import { formatNumber } from './formatNumber.js';
import { logTicks } from './logTicks.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';
import type { RatioDistributionData } from './ratioDistributionData.js';

const BINS = 20;
const MEASURED = 'measured (solver)';
const PREDICTED = 'closed form 3';

/** Counts of `values` in `BINS` log-spaced bins over `[lo, hi]` (the top edge falls in the last bin). */
function logHistogram(values: readonly number[], lo: number, hi: number): number[] {
  const counts = new Array<number>(BINS).fill(0);
  const width = Math.log(hi / lo) / BINS;
  for (const v of values) {
    const i = Math.floor(Math.log(v / lo) / width);
    counts[Math.min(Math.max(i, 0), BINS - 1)]++;
  }
  return counts;
}

/**
 * The vega-lite spec of plot (c): a histogram of the measured `L_FA / L*` over the feedback draws (bars,
 * log-spaced bins over `[1, 1 / eps^2]`), with the closed-form prediction's counts in the same bins
 * overlaid as points. Pure: data in, spec out.
 * @internal
 */
export function ratioDistributionSpec(d: RatioDistributionData): LayeredSpec {
  const lo = 1;
  const hi = 1 / (d.eps * d.eps);
  const measured = logHistogram(
    d.samples.map((s) => s.measured),
    lo,
    hi,
  );
  const predicted = logHistogram(
    d.samples.map((s) => s.predicted),
    lo,
    hi,
  );
  const edge = (i: number): number => lo * (hi / lo) ** (i / BINS);
  const bars = measured.map((count, i) => ({ lo: edge(i), hi: edge(i + 1), count, kind: MEASURED }));
  const points = predicted.map((count, i) => ({
    mid: Math.sqrt(edge(i) * edge(i + 1)),
    count,
    kind: PREDICTED,
  }));
  const median = [...d.samples.map((s) => s.measured)].sort((a, b) => a - b)[
    Math.floor(d.samples.length / 2)
  ];
  const x = {
    type: 'quantitative' as const,
    scale: { type: 'log' as const, domain: [lo, hi], nice: false },
    axis: { values: logTicks(lo, hi) },
  };
  const color = {
    field: 'kind',
    type: 'nominal' as const,
    title: null,
    scale: { domain: [MEASURED, PREDICTED], range: ['#9ecae1', '#d62728'] },
    legend: { orient: 'top-right' as const },
  };
  return {
    ...plotFrame('(c) FA loss / optimal loss over random feedback B, r = 1 < rank(Y) = 2', [
      `seed ${d.seed} · rank-one separation family: Y ${d.n}×${d.m}, s = (1, ε), ε = ${formatNumber(d.eps)}, r = ${d.r}, L* = ε²`,
      `${d.draws} draws b ~ N(0, 1/n) · FA from zero, safe η, until stationary · median ratio ${formatNumber(median)}`,
      `closed form 3: (g1² + g2²) / (g1² + ε² g2²), g = Uᵀb · max relative gap to measured ${formatNumber(d.maxMeasuredGap)}`,
    ]),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { ...x, field: 'lo', title: 'L_FA / L*(r)  (log scale; 1 = optimal, 1/ε² = worst)' },
          x2: { field: 'hi' },
          y: { field: 'count', type: 'quantitative', title: 'feedback draws' },
          color,
        },
      },
      {
        data: { values: points },
        mark: { type: 'point', filled: true, size: 45 },
        encoding: { x: { ...x, field: 'mid' }, y: { field: 'count', type: 'quantitative' }, color },
      },
    ],
  };
}
