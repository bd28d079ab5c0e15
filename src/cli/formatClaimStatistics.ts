import type { ClaimResult } from '../claim/ClaimResult.js';
import type { StatisticsStep } from '../claim/ClaimStatistics.js';
import { formatFigure as num } from '../report/briefCounterexample.js';

/** Shrink steps shown in full; a longer trajectory shows its first and last ones around an ellipsis. */
const MAX_STEPS = 12;

/** Sizes `n x m` in order of `n`, then `m` (`-` last), with their counts. */
function sizesLine(sizes: Readonly<Record<string, number>>): string {
  const key = (s: string): number[] => (s === '-' ? [Infinity, Infinity] : s.split(' x ').map(Number));
  const sorted = Object.entries(sizes).sort(([a], [b]) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1];
  });
  return sorted.length === 0 ? 'none judged' : sorted.map(([s, n]) => `${sides(s)} ${n}`).join(', ');
}

/** `2x3` for the stored `2 x 3`. */
const sides = (size: string): string => size.replace(' x ', 'x');

const step = (s: StatisticsStep): string => `${sides(s.size)} ${num(s.violation)}`;

/**
 * A claim's statistics (`--stats`), for people, in the spirit of Hypothesis's
 * `--hypothesis-show-statistics`: the sizes of the inputs judged, the regimes, the passing input nearest
 * its tolerance, and for a counterexample its violation before shrinking, the shrink trajectory
 * (`size violation` per step, repeats counted, the middle of a long one elided) and after simplification; '' for a result without statistics. Pure.
 * @internal
 */
export function formatClaimStatistics(r: ClaimResult): string {
  const st = r.statistics;
  if (st === undefined) return '';
  const lines = [
    `statistics of ${r.claim}:`,
    `  sizes (n x m): ${sizesLine(st.sizes)}`,
    `  regimes: ${
      Object.entries(r.stats)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  ];
  const t = st.tightest;
  lines.push(
    t === undefined
      ? '  tightest pass: no input passed'
      : `  tightest pass: violation ${num(t.violation)} against tolerance ${num(t.tolerance)} (margin ${num(t.margin)}), at ${sides(t.size)}`,
  );
  if (st.unshrunk !== undefined) {
    const u = st.unshrunk;
    lines.push(
      `  first failure (unshrunk): ${sides(u.size)}, violation ${num(u.violation)} > tol ${num(u.tolerance)}`,
    );
    const steps = st.shrinkTrajectory ?? [];
    // Steps that change neither size nor violation (another entry shrunk) are one, counted.
    const runs: string[] = [];
    let last = '';
    let count = 0;
    for (const text of [...steps.map(step), '']) {
      if (text === last) count++;
      else {
        if (last !== '') runs.push(count > 1 ? `${last} (x${count})` : last);
        [last, count] = [text, 1];
      }
    }
    const shown =
      runs.length <= MAX_STEPS
        ? runs
        : [...runs.slice(0, MAX_STEPS / 2), '...', ...runs.slice(-MAX_STEPS / 2)];
    lines.push(`  shrink trajectory (${steps.length} steps): ${[step(u), ...shown].join(' -> ')}`);
    const c = r.counterexample;
    if (c !== undefined) {
      const sides = c.n === undefined ? '-' : `${c.n}x${c.m}`;
      lines.push(
        `  shrunk and simplified: ${sides}, violation ${num(c.violation)} > tol ${num(c.tolerance)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
