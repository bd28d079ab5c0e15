import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { replayCommandLine } from '../claim/replayCommand.js';
import { toJson } from '../io/toJson.js';
import { escapeXml } from './escapeXml.js';
import type { ClaimSummary } from './ReportData.js';
import { valueHtml } from './valueHtml.js';

/** The precision recheck of a counterexample, in one paragraph ('' without one). */
function precisionHtml(r: ClaimResult): string {
  const p = r.precision;
  if (p === undefined) return '';
  const verdict = p.label === 'genuine' ? 'genuine (not a rounding artefact)' : 'rounding: no disproof';
  const only = r.roundingOnly === true ? ' The claim is reported as holding.' : '';
  return (
    `<p>Precision recheck: <strong>${escapeXml(verdict)}</strong>; violation in higher precision ` +
    `${valueHtml(p.preciseViolation)}, rounding bound ${valueHtml(p.roundingBound)}.${only}<br>` +
    `Method: ${escapeXml(p.method.replace(/\.$/, ''))}.</p>`
  );
}

/**
 * Every counterexample of a catalogue run as HTML: per refuted claim its statement, the shrunk input
 * and observations field by field (matrices as tables), the commands that replay it (from its replay
 * record, as the CLI prints them), and the whole
 * counterexample as JSON at full precision. Pure.
 * @internal
 */
export function counterexamplesHtml(
  results: readonly ClaimResult[],
  claims: readonly ClaimSummary[],
): string {
  const statement = new Map(claims.map((c) => [c.id, c.statement]));
  const found = results.filter((r) => r.counterexample !== undefined);
  if (found.length === 0) return '<p>No claim was refuted: there are no counterexamples.</p>';
  return found
    .map((r) => {
      const c = r.counterexample ?? {};
      const verdict =
        r.expected === 'open' ? 'an open claim' : outcomeAsExpected(r) ? 'as expected' : 'NOT as expected';
      const fields = Object.entries(c)
        .map(([k, v]) => `<dt>${escapeXml(k)}</dt><dd>${valueHtml(v)}</dd>`)
        .join('\n');
      const replay = r.replay === undefined ? '' : `${replayCommandLine(r)}\n${replayCommandLine(r, 'long')}`;
      return [
        `<article class="counterexample" id="cx-${escapeXml(r.claim)}">`,
        `<h3><code>${escapeXml(r.claim)}</code>: ${escapeXml(r.outcome)} (expected ${escapeXml(r.expected)}, ${verdict})</h3>`,
        `<p class="statement">Claim: ${escapeXml(statement.get(r.claim) ?? '')}</p>`,
        r.search === undefined
          ? `<p>Found after ${r.runs} case${r.runs === 1 ? '' : 's'}, shrunk in ${r.shrinks ?? 0} steps.</p>`
          : `<p>${r.outcome === 'witnessed' ? 'A witness' : 'Found'} by a targeted search after ${r.search.evaluations} evaluations (side bounds ${r.search.rungs.join(', ')}), then simplified.</p>`,
        r.error === undefined ? '' : `<p class="error">error: ${escapeXml(r.error)}</p>`,
        precisionHtml(r),
        `<dl>\n${fields}\n</dl>`,
        replay === ''
          ? ''
          : `<p>Replay (short, then long form):</p><pre class="replay">${escapeXml(replay)}</pre>`,
        `<details><summary>as JSON</summary><pre>${escapeXml(toJson(c, 2))}</pre></details>`,
        '</article>',
      ]
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n');
}
