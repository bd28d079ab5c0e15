import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample, formatFigure as num } from '../report/briefCounterexample.js';
import { moreCasesHint } from './moreCasesHint.js';

/** One claim's result, for people: verdict, runs, regimes and the counterexample in brief. Pure. @internal */
export function formatClaimResult(r: ClaimResult): string {
  const verdict =
    r.outcome === 'error'
      ? 'an error is not a verdict'
      : r.expected === 'open'
        ? 'an open claim: what the suite found, never a failure'
        : outcomeAsExpected(r)
          ? 'as expected'
          : 'NOT AS EXPECTED';
  const shown =
    r.outcome === 'error'
      ? 'ERROR'
      : r.expected === 'open' && r.outcome === 'holds'
        ? 'holds so far'
        : r.outcome;
  const lines = [
    `${r.claim}: ${shown} (expected ${r.expected}, ${verdict})`,
    `  ${r.runs} runs${r.skipped === undefined ? '' : ` (${r.skipped} inputs outside the hypotheses skipped)`}, seed ${r.seed}${r.profile === undefined ? '' : `, profile ${r.profile}`}, ${r.seconds.toFixed(2)} s`,
    `  regimes: ${Object.entries(r.stats)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  if (r.counterexample !== undefined) {
    const c = r.counterexample;
    const what = r.outcome === 'witnessed' ? 'found' : 'counterexample';
    const shrunk = r.search === undefined ? `${r.shrinks ?? 0} shrinks` : 'simplified after the search';
    lines.push(`  ${what}: ${briefCounterexample(r)} (margin ${num(c.margin)}, ${shrunk})`);
  }
  if (r.search !== undefined) {
    const levels = r.search.levels.map((l) =>
      l.reached
        ? `${l.label} reached after ${l.evaluations} evaluations (sides <= ${l.maxSize})`
        : `${l.label} not reached`,
    );
    lines.push(
      `  search: ${r.search.evaluations} evaluations over side bounds ${r.search.rungs.join(', ')}${levels.length === 0 ? '' : `; ${levels.join('; ')}`}`,
    );
  }
  if (r.probability !== undefined) {
    const e = r.probability;
    lines.push(
      `  probability: the event held in ${e.successes} of ${e.trials} draws; Wilson interval [${num(e.lower)}, ${num(e.upper)}] at ${num(100 * e.confidence)} % over ${e.looks} looks, against p = ${num(e.p)}`,
    );
  }
  if (r.error !== undefined) lines.push(`  error: ${r.error}`);
  const hint = moreCasesHint(r);
  if (hint !== undefined) lines.push(`  ${hint}`);
  return `${lines.join('\n')}\n`;
}
