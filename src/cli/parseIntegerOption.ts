import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for an integer of at least `min`: anything else (`abc`, `1.5`, `1e3x`,
 * below `min`) is refused with a one-line message naming the value.
 * @internal
 */
export function parseIntegerOption(min: number): (value: string) => number {
  return (value: string) => {
    if (!/^[+-]?\d+$/.test(value.trim())) throw new InvalidArgumentError(`not an integer: '${value}'`);
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`must be an integer >= ${min}, got '${value}'`);
    return n;
  };
}
