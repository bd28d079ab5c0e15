import type { LeagueTable } from '../compare/leagueTable.js';
import { formatFigure } from './briefCounterexample.js';
import { escapeXml } from './escapeXml.js';

/** The league table as HTML: per target and rule the loss over `L*(r)`, excess loss, alignment, steps. Pure. @internal */
export function leagueTableHtml(t: LeagueTable): string {
  const rows = t.rows.map((r) =>
    [
      '<tr>',
      `<td>${escapeXml(r.target)}</td>`,
      `<td><code>${escapeXml(r.entrant)}</code></td>`,
      `<td class="num">${r.lossOverOptimum === null ? '- (L* = 0)' : escapeXml(formatFigure(r.lossOverOptimum))}</td>`,
      `<td class="num">${escapeXml(formatFigure(r.excessLoss))}</td>`,
      `<td class="num">${r.alignment.toFixed(4)}</td>`,
      `<td class="num">${r.stepsToTolerance === null ? 'never' : r.stepsToTolerance}</td>`,
      `<td>${escapeXml(r.reason)} at ${r.steps}</td>`,
      '</tr>',
    ].join(''),
  );
  return [
    '<table class="league">',
    '<thead><tr><th>target</th><th>rule</th><th>loss / L*(r)</th><th>excess loss</th>',
    '<th title="cosine between the backward matrix and Z at the end">a(M, Z)</th><th>steps to tol</th><th>stop</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
