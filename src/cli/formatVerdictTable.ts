import Table from 'cli-table3';
import { outcomeAsExpected } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample } from '../report/briefCounterexample.js';
import { formatOpenClaims } from './formatOpenClaims.js';
import { moreCasesHint } from './moreCasesHint.js';

/**
 * The verdict table of a catalogue run: claim, expected, outcome, runs, seconds, counterexample; then
 * the summary line, and a {@link moreCasesHint} for each claim expected to be refuted that held. Any
 * outcome string is shown as it is; only an outcome equal to the expected one counts as expected. The
 * table is headed by `profile`, the line naming the run's profile (`profileLine`), or, without one, by
 * the profile the results record (`fa-verify merge`). Open claims (expected `open`) are listed apart,
 * below, by {@link formatOpenClaims}: never verdicts, never counted as failures. Pure.
 * @internal
 */
export function formatVerdictTable(results: readonly ClaimResult[], profile?: string): string {
  const table = new Table({
    head: ['claim', 'expected', 'outcome', 'ok', 'runs', 'seconds', 'counterexample'],
    style: { head: [], border: [] },
  });
  const verdicts = results.filter((r) => r.expected !== 'open');
  for (const r of verdicts) {
    table.push([
      r.claim,
      r.expected,
      r.outcome,
      r.outcome === 'error'
        ? 'ERROR'
        : r.outcome === 'inconclusive'
          ? 'NO VERDICT'
          : outcomeAsExpected(r)
            ? 'yes'
            : 'NO',
      String(r.runs),
      r.seconds.toFixed(2),
      briefCounterexample(r),
    ]);
  }
  const bad = verdicts.filter((r) => !outcomeAsExpected(r)).length;
  const errors = verdicts.filter((r) => r.outcome === 'error');
  const summary =
    bad === 0
      ? `all ${verdicts.length} claims came out as expected`
      : `${bad} of ${verdicts.length} claims did NOT come out as expected` +
        (errors.length > 0 ? ` (${errors.length} errors: an error is not a verdict)` : '');
  const errorLines = results
    .filter((r) => r.outcome === 'error' || r.outcome === 'inconclusive')
    .map((r) => `${r.outcome} in ${r.claim}: ${r.error ?? 'unknown'}`);
  const hints = results.flatMap((r) => moreCasesHint(r) ?? []);
  const recorded = [...new Set(results.flatMap((r) => (r.profile === undefined ? [] : [r.profile])))];
  const head = profile ?? (recorded.length === 0 ? [] : `profile ${recorded.join(', ')}`);
  const open = formatOpenClaims(results);
  return `${[head, table.toString(), summary, ...open, ...errorLines, ...hints].flat().join('\n')}\n`;
}
