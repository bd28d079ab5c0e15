import { describe, expect, it } from 'vitest';
import { numberMatrixSchema } from '../../src/solve/numberMatrixSchema.js';

/** The first issue's path and message, or null when the value passes. */
function firstIssue(value: unknown): { path: PropertyKey[]; message: string } | null {
  const parsed = numberMatrixSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { path: issue.path, message: issue.message };
}

describe('numberMatrixSchema: nested rows of finite numbers', () => {
  it('passes a rectangular matrix through unchanged (the same rows)', () => {
    const rows = [
      [1, -2.5],
      [0, 1e300],
    ];
    const parsed = numberMatrixSchema.safeParse(rows);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(rows);
  });

  it.each([
    ['not an array', 3, [], /expected array, received number/],
    ['no rows', [], [], /^must have at least one row$/],
    ['a row that is a number', [[1, 2], 3], [1], /^Invalid input: expected array, received number$/],
    ['a row that is null', [null], [0], /^Invalid input: expected array, received null$/],
    ['an empty row', [[1], []], [1], /^rows must not be empty$/],
    ['a string entry', [[1, 'x']], [0, 1], /^every entry must be a finite number$/],
    ['a null entry', [[1], [null]], [1, 0], /^every entry must be a finite number$/],
    [
      'an infinite entry',
      [
        [1, 2],
        [3, Infinity],
      ],
      [1, 1],
      /^every entry must be a finite number$/,
    ],
    ['a NaN entry', [[NaN]], [0, 0], /^every entry must be a finite number$/],
    ['ragged rows', [[1, 2], [3], [4, 5]], [1], /^ragged rows: row 1 has 1 entries, row 0 has 2$/],
    ['a long last row', [[1], [2, 3]], [1], /^ragged rows: row 1 has 2 entries, row 0 has 1$/],
  ])('refuses %s, naming where', (_name, value, path, message) => {
    const issue = firstIssue(value);
    expect(issue).not.toBeNull();
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  it('names the first bad entry in row-major order, before a ragged row further down', () => {
    expect(firstIssue([[1, 2], [3, 'a'], [4]])?.path).toEqual([1, 1]);
  });
});
