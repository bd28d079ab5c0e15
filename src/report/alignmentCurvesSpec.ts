import type { AlignmentCurvesData } from './alignmentCurvesData.js';
import { formatNumber } from './formatNumber.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

/**
 * The vega-lite spec of plot (b): FA's alignment `a(Z, B)` against step, one line per feedback draw,
 * on `[0, 1]` with the zero line drawn. Pure: data in, spec out.
 * @internal
 */
export function alignmentCurvesSpec(d: AlignmentCurvesData): LayeredSpec {
  const rows = d.curves.flatMap((c) =>
    c.step.map((step, i) => ({ step, alignment: c.value[i], feedback: c.label })),
  );
  const finals = d.curves.map((c) => c.value[c.value.length - 1]);
  return {
    ...plotFrame('(b) Alignment a(Z, B) = <Z, B> / (||Z|| ||B||) of FA from zero, one line per feedback B', [
      `seed ${d.seed} · Y ${d.n}×${d.m}, rank ${d.singularValues.length}, s = ${d.singularValues.map((s) => formatNumber(s)).join(', ')}, r = ${d.r}`,
      `${d.curves.length} draws B ~ N(0, 1/n) · η = ${formatNumber(d.eta)} (the smallest safe step of the draws) · ${d.steps} steps`,
      `final alignment ${formatNumber(Math.min(...finals))} to ${formatNumber(Math.max(...finals))}`,
    ]),
    layer: [
      {
        data: { values: [{ alignment: 0 }] },
        mark: { type: 'rule', color: '#444444' },
        encoding: { y: { field: 'alignment', type: 'quantitative' } },
      },
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 1.8 },
        encoding: {
          x: { field: 'step', type: 'quantitative', title: 'step' },
          y: {
            field: 'alignment',
            type: 'quantitative',
            title: 'alignment a(Z, B)',
            scale: { domain: [0, 1] },
          },
          color: {
            field: 'feedback',
            type: 'nominal',
            title: 'feedback',
            sort: d.curves.map((c) => c.label),
          },
        },
      },
    ],
  };
}
