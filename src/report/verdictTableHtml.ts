import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample } from './briefCounterexample.js';
import { escapeXml } from './escapeXml.js';
import type { ClaimSummary } from './ReportData.js';

/**
 * The verdict table as HTML: per claim its id and statement, expected and actual outcome, whether
 * they agree, the cases run, and the counterexample in brief (linked to its details). Timings are
 * left out so that the same seed gives the same page. Open claims (expected `open`) follow in a table
 * of their own, headed as findings, not verdicts (`holds so far`, or the counterexample). Pure.
 * @internal
 */
export function verdictTableHtml(results: readonly ClaimResult[], claims: readonly ClaimSummary[]): string {
  const statement = new Map(claims.map((c) => [c.id, c.statement]));
  const row = (r: ClaimResult): string => {
    const open = r.expected === 'open';
    const ok = outcomeAsExpected(r);
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
      `<td>${escapeXml(open && r.outcome === 'holds' ? 'holds so far' : r.outcome)}</td>`,
      `<td class="verdict">${open ? (ok ? 'open' : 'ERROR') : ok ? 'yes' : 'NO'}</td>`,
      `<td class="num">${r.runs}</td>`,
      `<td>${example}${rounding}${error}</td>`,
      '</tr>',
    ].join('');
  };
  const table = (rows: readonly ClaimResult[], head: string): string =>
    [
      '<table class="verdicts">',
      `<thead><tr><th>${head}</th><th>expected</th><th>outcome</th><th>as expected</th>`,
      '<th title="cases run (until the first counterexample, for a refutation)">cases</th><th>counterexample</th></tr></thead>',
      `<tbody>${rows.map(row).join('\n')}</tbody>`,
      '</table>',
    ].join('\n');
  const open = results.filter((r) => r.expected === 'open');
  const verdicts = table(
    results.filter((r) => r.expected !== 'open'),
    'claim',
  );
  if (open.length === 0) return verdicts;
  return [
    verdicts,
    '<h3 id="open-claims">Open claims</h3>',
    '<p>Conjectures whose truth is not known: what the suite found for each, never a failure.</p>',
    table(open, 'open claim'),
  ].join('\n');
}
