import { describe, expect, it } from 'vitest';
import { formatLineRanges } from '../../src/audit/formatLineRanges.js';

describe('formatLineRanges', () => {
  it.each([
    [[], ''],
    [[7], '7'],
    [[3, 4, 5, 9], '3-5, 9'],
    [[9, 3, 4, 4, 5], '3-5, 9'],
    [[1, 3, 5], '1, 3, 5'],
    [[10, 11], '10-11'],
  ])('%j -> %s', (lines, text) => {
    expect(formatLineRanges(lines)).toBe(text);
  });
});
