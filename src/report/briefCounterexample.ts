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
 * against the tolerance (an input that is no factorization instance: its first plain fields); '' when
 * the result has none. Pure.
 * @internal
 */
export function briefCounterexample(r: ClaimResult): string {
  const c = r.counterexample;
  if (c === undefined) return '';
  const num = formatFigure;
  const sides = c.n === undefined ? otherFields(c) : `${c.n} x ${c.m}, rank(Y) ${c.rankY}, r ${c.r}`;
  if (r.outcome === 'error') return `${sides}, error: ${r.error ?? 'unknown'}`;
  return `${sides}, violation ${num(c.violation)} > tol ${num(c.tolerance)}`;
}
