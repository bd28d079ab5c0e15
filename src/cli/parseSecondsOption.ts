import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for a duration in seconds: a finite decimal number from `min` to `max`
 * (`abc`, `0x10`, `Infinity`, the empty string or a value out of range is refused with a one-line
 * message naming the value and the range; commander adds the option's name).
 * @internal
 */
export function parseSecondsOption(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) {
      throw new InvalidArgumentError(`not a number of seconds: '${value}' (want ${min}..${max})`);
    }
    const s = Number(value);
    const inRange = s >= min && s <= max; // false for NaN
    if (!inRange) throw new InvalidArgumentError(`must be from ${min} to ${max} seconds, got '${value}'`);
    return s;
  };
}
