import type { LeagueTable } from '../compare/leagueTable.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

/** Excess losses below this are drawn at it: the tolerance the runs stop at is 1e-6, rounding far below. */
const FLOOR = 1e-12;

/**
 * The vega-lite spec of the league plot: per rule (x) the excess loss `(loss - L*(r)) / ||Y||_F^2` it
 * ends at on each target (y, log scale, floored at `1e-12`), one colour per target. Pure.
 * @internal
 */
export function leagueTableSpec(t: LeagueTable): LayeredSpec {
  const values = t.rows.map((r) => ({
    rule: r.entrant,
    target: r.target,
    excess: Math.max(r.excessLoss, FLOOR),
  }));
  return {
    ...plotFrame('League table: excess loss at the end, per rule and target', [
      `seed ${t.seed}; each rule until within ${t.tol} ||Y||_F^2 of L*(r), stationary, or ${t.maxSteps} steps`,
      `excess loss (loss - L*(r)) / ||Y||_F^2, floored at ${FLOOR}`,
    ]),
    data: { values },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 0.85 },
        encoding: {
          x: { field: 'rule', type: 'nominal', title: 'rule', sort: null, axis: { labelAngle: 0 } },
          y: { field: 'excess', type: 'quantitative', title: 'excess loss', scale: { type: 'log' } },
          color: { field: 'target', type: 'nominal', title: 'target', sort: null },
          shape: { field: 'target', type: 'nominal', sort: null },
        },
      },
    ],
  };
}
