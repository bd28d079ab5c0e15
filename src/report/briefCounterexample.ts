import { formatNumber } from './formatNumber.js';
import type { ClaimResult } from '../claim/ClaimResult.js';

/** A number in four significant digits (non-finite ones as words), anything else as text. @internal */
export const formatFigure = (x: unknown): string => (typeof x === 'number' ? formatNumber(x, 4) : String(x));

/**
 * A counterexample in one line, for tables and reports: `n x m, rank(Y) k, r`, with its violation
 * against the tolerance; '' when the result has none. Pure.
 * @internal
 */
export function briefCounterexample(r: ClaimResult): string {
  const c = r.counterexample;
  if (c === undefined) return '';
  const num = formatFigure;
  const sides = `${c.n} x ${c.m}, rank(Y) ${c.rankY}, r ${c.r}`;
  if (r.outcome === 'error') return `${sides}, error: ${r.error ?? 'unknown'}`;
  return `${sides}, violation ${num(c.violation)} > tol ${num(c.tolerance)}`;
}
