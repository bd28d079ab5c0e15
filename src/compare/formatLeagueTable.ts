import Table from 'cli-table3';
import type { LeagueTable } from './leagueTable.js';

/** A figure in four significant digits, `1e-6` rather than `1.000e-6` (the report's format, kept here so that src/compare imports nothing of src/report). */
function formatFigure(x: number): string {
  if (x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4)) return String(Number(x.toPrecision(4)));
  return x.toExponential(3).replace(/\.?0+e/, 'e');
}

/** The league table for a terminal (cli-table3), headed by how it was made. Pure. @internal */
export function formatLeagueTable(t: LeagueTable): string {
  const table = new Table({
    head: ['target', 'rule', 'loss / L*', 'excess loss', 'a(M, Z)', 'steps to tol', 'stop'],
    style: { head: [], border: [] },
  });
  for (const row of t.rows) {
    table.push([
      row.target,
      row.entrant,
      row.lossOverOptimum === null ? '- (L* = 0)' : formatFigure(row.lossOverOptimum),
      formatFigure(row.excessLoss),
      row.alignment.toFixed(4),
      row.stepsToTolerance === null ? 'never' : String(row.stepsToTolerance),
      `${row.reason} at ${row.steps}`,
    ]);
  }
  const head =
    `league table, seed ${t.seed}: each rule until its loss is within ${formatFigure(t.tol)} ||Y||_F^2 of L*(r), ` +
    `stationary, or ${t.maxSteps} steps; a(M, Z) is the cosine between the backward matrix and Z`;
  return `${head}\n${table.toString()}\n`;
}
