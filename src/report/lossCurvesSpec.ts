import { formatNumber } from './formatNumber.js';
import { logTicks } from './logTicks.js';
import type { LossCurvesData } from './lossCurvesData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

/**
 * The vega-lite spec of plot (a): GD's and FA's loss against step on a log scale, with `L*(r)` and
 * the closed-form FA limit as labelled horizontal rules. Pure: data in, spec out.
 * @internal
 */
export function lossCurvesSpec(d: LossCurvesData): LayeredSpec {
  const rows = [d.gd, d.fa].flatMap((s) =>
    s.step.map((step, i) => ({ step, loss: s.value[i], rule: s.label })),
  );
  const rules = [
    { loss: d.optimalLoss, label: `L*(r) = ${formatNumber(d.optimalLoss)} (optimal)` },
    { loss: d.faLimitLoss, label: `FA limit ||Y(I-P_S)||² = ${formatNumber(d.faLimitLoss)}` },
  ];
  const losses = [d.optimalLoss, d.faLimitLoss, ...rows.map((row) => row.loss)].filter((x) => x > 0);
  const domain = [10 ** Math.floor(Math.log10(Math.min(...losses))), 1.3 * Math.max(...losses)];
  const y = {
    field: 'loss',
    type: 'quantitative' as const,
    scale: { type: 'log' as const, domain, nice: false },
    axis: { values: logTicks(domain[0], domain[1]) },
    title: 'loss ||ZW - Y||²_F (log)',
  };
  return {
    ...plotFrame('(a) Loss against step: GD reaches L*(r), FA stops at its closed-form limit', [
      `seed ${d.seed} · Y ${d.n}×${d.m}, rank ${d.singularValues.length}, s = ${d.singularValues.map((s) => formatNumber(s)).join(', ')}, r = ${d.r} · ${d.steps} steps`,
      `GD: η = ${formatNumber(d.etaGd)}, init ${formatNumber(d.initScale)}·N(0,1) · FA: from zero, η = ${formatNumber(d.etaFa)}, B ~ N(0, 1/n)`,
    ]),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: { field: 'step', type: 'quantitative', title: 'step' },
          y,
          color: { field: 'rule', type: 'nominal', title: 'rule', scale: { domain: ['GD', 'FA'] } },
        },
      },
      {
        data: { values: rules },
        mark: { type: 'rule', strokeDash: [6, 4], color: '#444444' },
        encoding: { y },
      },
      {
        data: { values: rules },
        mark: { type: 'text', align: 'right', dy: -7, x: 'width', color: '#222222', fontSize: 11 },
        encoding: { y, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}
