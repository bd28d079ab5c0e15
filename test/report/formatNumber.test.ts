import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/report/formatNumber.js';

describe('formatNumber', () => {
  it.each([
    [0, 3, '0'],
    [1, 3, '1'],
    [0.17625599999, 3, '0.176'],
    [2594.124323848201, 6, '2594.12'],
    [0.25, 3, '0.25'],
    [1e-10, 3, '1e-10'],
    [9.71e-11, 3, '9.71e-11'],
    [2.59412e13, 3, '2.59e+13'],
    [-0.5, 3, '-0.5'],
    [Number.NaN, 3, 'NaN'],
    [Number.POSITIVE_INFINITY, 3, 'Infinity'],
    [Number.NEGATIVE_INFINITY, 3, '-Infinity'],
  ])('%d with %d digits is %s', (x, digits, text) => {
    expect(formatNumber(x, digits)).toBe(text);
  });
});
