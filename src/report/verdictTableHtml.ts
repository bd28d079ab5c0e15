import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample } from './briefCounterexample.js';
import { escapeXml } from './escapeXml.js';
import type { ClaimSummary } from './ReportData.js';

/**
 * The verdict table as HTML: per claim its id and statement, expected and actual outcome, whether
 * they agree, the cases run, and the counterexample in brief (linked to its details). Timings are
 * left out so that the same seed gives the same page. Pure.
 * @internal
 */
export function verdictTableHtml(results: readonly ClaimResult[], claims: readonly ClaimSummary[]): string {
  const statement = new Map(claims.map((c) => [c.id, c.statement]));
  const rows = results.map((r) => {
    const ok = r.outcome === r.expected;
    const brief = briefCounterexample(r);
    const example = brief === '' ? '' : `<a href="#cx-${escapeXml(r.claim)}">${escapeXml(brief)}</a>`;
    const error = r.error === undefined ? '' : `<div class="error">error: ${escapeXml(r.error)}</div>`;
    const rounding =
      r.roundingOnly === true
        ? '<div class="statement">within rounding error: reported, not a disproof</div>'
        : '';
    return [
      `<tr class="${ok ? 'ok' : 'bad'}">`,
      `<td><code>${escapeXml(r.claim)}</code><div class="statement">${escapeXml(statement.get(r.claim) ?? '')}</div></td>`,
      `<td>${escapeXml(r.expected)}</td>`,
      `<td>${escapeXml(r.outcome)}</td>`,
      `<td class="verdict">${ok ? 'yes' : 'NO'}</td>`,
      `<td class="num">${r.runs}</td>`,
      `<td>${example}${rounding}${error}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<table class="verdicts">',
    '<thead><tr><th>claim</th><th>expected</th><th>outcome</th><th>as expected</th>',
    '<th title="cases run (until the first counterexample, for a refutation)">cases</th><th>counterexample</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
