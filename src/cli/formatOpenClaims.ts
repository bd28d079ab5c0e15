import Table from 'cli-table3';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { briefCounterexample } from '../report/briefCounterexample.js';

/**
 * The open claims of a run (expected `open`), apart from the verdicts: what the suite found for each
 * (`holds so far` after its runs, a shrunk counterexample, or no finding), and one line saying how many
 * of each. Empty when there are none. Pure.
 * @internal
 */
export function formatOpenClaims(results: readonly ClaimResult[]): string[] {
  const open = results.filter((r) => r.expected === 'open');
  if (open.length === 0) return [];
  const table = new Table({
    head: ['open claim', 'found', 'runs', 'seconds', 'counterexample'],
    style: { head: [], border: [] },
  });
  const found = (r: ClaimResult): string =>
    r.outcome === 'holds' ? 'holds so far' : r.outcome === 'error' ? 'ERROR' : r.outcome;
  for (const r of open) {
    table.push([r.claim, found(r), String(r.runs), r.seconds.toFixed(2), briefCounterexample(r)]);
  }
  const count = (o: string): number => open.filter((r) => r.outcome === o).length;
  const summary =
    `${open.length} open claims (not verdicts): ${count('holds')} hold so far, ${count('refuted')} refuted` +
    (count('inconclusive') + count('error') > 0
      ? `, ${count('inconclusive')} inconclusive, ${count('error')} errors`
      : '');
  return [table.toString(), summary];
}
