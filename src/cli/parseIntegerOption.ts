import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for an integer from `min` to `max`: anything else (`abc`, `1.5`, `0x10`,
 * `1e3`, the empty string, a value out of range) is refused with a one-line message naming the value
 * and the range (commander adds the option's name).
 * @internal
 */
export function parseIntegerOption(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^[+-]?\d+$/.test(value.trim())) {
      throw new InvalidArgumentError(`not an integer: '${value}' (want ${min}..${max})`);
    }
    const n = Number(value);
    const inRange = n >= min && n <= max; // false for NaN
    if (!inRange) {
      throw new InvalidArgumentError(`must be an integer from ${min} to ${max}, got '${value}'`);
    }
    return n;
  };
}
