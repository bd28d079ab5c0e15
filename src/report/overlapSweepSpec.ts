import { formatNumber } from './formatNumber.js';
import type { OverlapSweepData } from './overlapSweepData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

const EACH = 'each target';
const MEAN = 'mean';
const REFERENCE = 'r / rank(Y)';

/**
 * The vega-lite spec of plot (d): the overlap of GD's and FA's hidden layers against `rank(Y) / r`,
 * one point per target, their mean per rank, and the reference curve `r / rank(Y)`. Pure.
 * @public
 */
export function overlapSweepSpec(d: OverlapSweepData): LayeredSpec {
  const points = d.points.map((p) => ({ ratio: p.ratio, overlap: p.overlap, kind: EACH }));
  const means = d.ranks.map((rank) => {
    const here = d.points.filter((p) => p.rank === rank);
    return { ratio: rank / d.r, overlap: here.reduce((a, p) => a + p.overlap, 0) / here.length, kind: MEAN };
  });
  const top = Math.max(...d.ranks) / d.r;
  const reference = Array.from({ length: 41 }, (_, i) => {
    const ratio = 1 + ((top - 1) * i) / 40;
    return { ratio, overlap: 1 / ratio, kind: REFERENCE };
  });
  const x = {
    field: 'ratio',
    type: 'quantitative' as const,
    title: 'rank(Y) / r',
    scale: { domain: [1, top], nice: false },
  };
  const y = {
    field: 'overlap',
    type: 'quantitative' as const,
    title: 'overlap ||P_GD P_FA||²_F / r',
    scale: { domain: [0, 1] },
  };
  const color = {
    field: 'kind',
    type: 'nominal' as const,
    title: null,
    scale: { domain: [EACH, MEAN, REFERENCE], range: ['#4c78a8', '#e45756', '#555555'] },
    legend: { orient: 'top-right' as const },
  };
  return {
    ...plotFrame('(d) Representation overlap of GD and FA hidden layers at equal loss, flat spectra', [
      `seed ${d.seed} · Y ${d.n}×${d.m}, singular values all 1, rank(Y) ∈ {${d.ranks.join(', ')}}, r = ${d.r}`,
      `${d.drawsPerRank} targets per rank · GD: η = ${formatNumber(d.etaGd)}, init ${formatNumber(d.initScale)}·N(0,1) · FA: from zero, safe η, B ~ N(0, 1/n)`,
      `both run to L*(r) (at most ${d.maxSteps} steps) · max |L_GD - L_FA| / ||Y||² = ${formatNumber(d.maxLossGap)}`,
    ]),
    layer: [
      {
        data: { values: reference },
        mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { x, y, color },
      },
      {
        data: { values: means },
        mark: { type: 'line', strokeWidth: 2, point: true },
        encoding: { x, y, color },
      },
      {
        data: { values: points },
        mark: { type: 'point', opacity: 0.75, size: 40 },
        encoding: { x, y, color },
      },
    ],
  };
}
