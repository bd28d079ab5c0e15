import { formatNumber } from './formatNumber.js';
import type { IdentityAccountData } from './identityAccountData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

const MEASURED = 'a(Z, B) measured';
const ACCOUNTED = 'account: (||W||² + tr Q₀ − drift) / (2 ||Z|| ||B||)';
const DRIFT = 'drift η² Σ ||BᵀE_s||² / (2 ||Z|| ||B||)';

/**
 * The vega-lite spec of plot (f): the alignment measured along one FA run and the alignment closed
 * form (4) accounts for (dashed, on top of it), with the drift term that the account subtracts. Pure:
 * data in, spec out.
 * @internal
 */
export function identityAccountSpec(d: IdentityAccountData): LayeredSpec {
  const rows = d.step.flatMap((step, i) => [
    { step, value: d.measured[i], curve: MEASURED },
    { step, value: d.accounted[i], curve: ACCOUNTED },
    { step, value: d.drift[i], curve: DRIFT },
  ]);
  return {
    ...plotFrame("(f) The discrete identity's account of alignment against the alignment measured", [
      `seed ${d.seed} · Y ${d.n}×${d.m}, full rank, s_i = 0.75^(i−1), r = ${d.r} · FA from zero, B ~ N(0, 1/n), η = ${formatNumber(d.eta)} · ${d.steps} steps`,
      `2 <B, Z_t> = ||W_t||² + tr Q₀ − η² Σ_{s<t} ||BᵀE_s||² (closed form (4)) · largest gap ${formatNumber(d.maxGap)}`,
    ]),
    layer: [
      {
        data: { values: [{ value: 0 }] },
        mark: { type: 'rule', color: '#444444' },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: { field: 'step', type: 'quantitative', title: 'step' },
          y: { field: 'value', type: 'quantitative', title: 'alignment, and the drift term' },
          color: {
            field: 'curve',
            type: 'nominal',
            title: null,
            scale: { domain: [MEASURED, ACCOUNTED, DRIFT], range: ['#1f77b4', '#ff7f0e', '#7f7f7f'] },
            legend: { orient: 'bottom', direction: 'vertical', labelLimit: 480 },
          },
          strokeDash: {
            field: 'curve',
            type: 'nominal',
            title: null,
            scale: {
              domain: [MEASURED, ACCOUNTED, DRIFT],
              range: [
                [1, 0],
                [6, 4],
                [2, 2],
              ],
            },
            legend: { orient: 'bottom', direction: 'vertical', labelLimit: 480 },
          },
        },
      },
    ],
  };
}
