import { InvalidArgumentError } from 'commander';

/** At most this many shards: far beyond any matrix of machines, small enough to stay meaningful. */
const MAX_SHARDS = 10_000;

/**
 * A commander option parser for `--shard K/N`: shard `K` of `N`, integers with `1 <= K <= N <= 10000`;
 * anything else is refused with one line naming the value (commander adds the option's name).
 * @internal
 */
export function parseShardOption(value: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m === null ? Number.NaN : Number(m[1]);
  const count = m === null ? Number.NaN : Number(m[2]);
  const valid = index >= 1 && count >= index && count <= MAX_SHARDS; // false for NaN
  if (!valid) {
    throw new InvalidArgumentError(`want K/N with 1 <= K <= N <= ${MAX_SHARDS}, got '${value}'`);
  }
  return { index, count };
}
