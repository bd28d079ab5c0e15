import { formatNumber } from './formatNumber.js';
import type { ClaimResult } from '../claim/ClaimResult.js';

/** A number in four significant digits (non-finite ones as words), anything else as text. @internal */
export const formatFigure = (x: unknown): string => (typeof x === 'number' ? formatNumber(x, 4) : String(x));

/** The first few plain fields of a counterexample that is not a factorization instance, `name value`. */
function otherFields(c: Readonly<Record<string, unknown>>): string {
  const shown = Object.entries(c).filter(
    ([k, v]) =>
      !['violation', 'tolerance', 'margin'].includes(k) && ['number', 'string', 'boolean'].includes(typeof v),
  );
  return shown.length === 0
    ? 'an input'
    : shown
        .slice(0, 4)
        .map(([k, v]) => `${k} ${formatFigure(v)}`)
        .join(', ');
}

/**
 * A counterexample in one line, for tables and reports: `n x m, rank(Y) k, r`, with its violation
 * against the tolerance (an input that is no factorization instance: its first plain fields); for an
 * existence claim's witness, how far it clears the claim's bound against the rounding; for a
 * high-probability claim, the count and the interval against `p`; '' when the result has none. Pure.
 * @internal
 */
export function briefCounterexample(r: ClaimResult): string {
  const c = r.counterexample;
  const num = formatFigure;
  if (c === undefined) {
    const e = r.probability;
    if (e === undefined) return '';
    return `event in ${e.successes} of ${e.trials} draws, interval [${num(e.lower)}, ${num(e.upper)}] against p ${num(e.p)}`;
  }
  const sides = c.n === undefined ? otherFields(c) : `${c.n} x ${c.m}, rank(Y) ${c.rankY}, r ${c.r}`;
  if (r.outcome === 'error') return `${sides}, error: ${r.error ?? 'unknown'}`;
  if (r.outcome === 'witnessed')
    return `witness ${sides}, clears the bound by ${num(c.violation)} (rounding ${num(c.tolerance)})`;
  return `${sides}, violation ${num(c.violation)} > tol ${num(c.tolerance)}`;
}
