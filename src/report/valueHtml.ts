import { escapeXml } from './escapeXml.js';
import { formatNumber } from './formatNumber.js';

const isNumberRow = (x: unknown): x is readonly number[] =>
  (Array.isArray(x) || x instanceof Float64Array) &&
  Array.from(x as ArrayLike<unknown>).every((v) => typeof v === 'number');

/**
 * A value of a counterexample as HTML: a number to six significant digits, a matrix (rows of numbers)
 * as a small table, a vector in brackets, anything else as escaped text (objects as JSON, non-finite
 * numbers spelled out). Pure.
 * @internal
 */
export function valueHtml(value: unknown): string {
  if (typeof value === 'number') return `<span class="num">${formatNumber(value, 6)}</span>`;
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return escapeXml(String(value));
  if (isNumberRow(value)) {
    return `<span class="num">[${Array.from(value, (v) => formatNumber(v, 6)).join(', ')}]</span>`;
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isNumberRow)) {
    const rows = value
      .map(
        (row: readonly number[]) =>
          `<tr>${Array.from(row, (v) => `<td>${formatNumber(v, 6)}</td>`).join('')}</tr>`,
      )
      .join('');
    return `<table class="matrix">${rows}</table>`;
  }
  return `<code>${escapeXml(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)))}</code>`;
}
