import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseShardOption } from '../../src/cli/parseShardOption.js';

describe('parseShardOption', () => {
  it.each([
    ['1/1', 1, 1],
    ['3/7', 3, 7],
    [' 2 / 5 ', 2, 5],
    ['10000/10000', 10_000, 10_000],
  ])('reads %j as shard K of N', (value, index, count) => {
    expect(parseShardOption(value)).toEqual({ index, count });
  });

  it.each(['0/3', '4/3', '1/10001', '1', '1/2/3', 'a/b', '-1/2', '1.5/2', ''])(
    'refuses %j with one line naming the value and the range',
    (value) => {
      expect(() => parseShardOption(value)).toThrow(InvalidArgumentError);
      expect(() => parseShardOption(value)).toThrow(`want K/N with 1 <= K <= N <= 10000, got '${value}'`);
    },
  );
});
