import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { CliError } from '../../src/cli/CliError.js';
import { preflightCheck } from '../../src/cli/preflight.js';

// When no replay option is named (a request built in code, not typed), the refusals name the plain
// options: --max-size for the side bound, --seed for a replay's seed.

const claim = catalogue[0];

describe('preflightCheck without a replay option to name', () => {
  it('names --max-size for a side bound outside the limits', () => {
    expect(() => preflightCheck(claim, { maxSize: 0, fixtures: false }, undefined)).toThrow(CliError);
    expect(() => preflightCheck(claim, { maxSize: 999, fixtures: false }, undefined)).toThrow(
      /^--max-size: side bound 999 is outside 1\.\.\d+$/,
    );
  });

  it('names --seed for a replay whose seed is outside 32 bits', () => {
    const replay = { seed: 2 ** 31, maxSize: 3, path: '0' };
    expect(() => preflightCheck(claim, { maxSize: 3, fixtures: false }, replay)).toThrow(
      /^--seed: seed 2147483648 is outside /,
    );
  });
});
