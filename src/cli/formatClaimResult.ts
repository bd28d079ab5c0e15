import type { ClaimResult } from '../catalogue/ClaimResult.js';

const num = (x: unknown): string =>
  typeof x === 'number' ? (Number.isFinite(x) ? x.toPrecision(4) : String(x)) : String(x);

/** One claim's result, for people: verdict, runs, regimes and the counterexample in brief. Pure. @public */
export function formatClaimResult(r: ClaimResult): string {
  const verdict = r.outcome === r.expected ? 'as expected' : 'NOT AS EXPECTED';
  const lines = [
    `${r.claim}: ${r.outcome} (expected ${r.expected}, ${verdict})`,
    `  ${r.runs} runs, seed ${r.seed}, ${r.seconds.toFixed(2)} s`,
    `  regimes: ${Object.entries(r.stats)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  if (r.counterexample !== undefined) {
    const c = r.counterexample;
    lines.push(
      `  counterexample: ${briefCounterexample(r)} (margin ${num(c.margin)}, ${r.shrinks ?? 0} shrinks)`,
    );
  }
  if (r.error !== undefined) lines.push(`  error: ${r.error}`);
  return `${lines.join('\n')}\n`;
}

/** `n x m, rank(Y) k, r` of a counterexample, with its violation. Pure. @public */
export function briefCounterexample(r: ClaimResult): string {
  const c = r.counterexample;
  if (c === undefined) return '';
  return `${c.n} x ${c.m}, rank(Y) ${c.rankY}, r ${c.r}, violation ${num(c.violation)} > tol ${num(c.tolerance)}`;
}
