import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import { checkMaxSize, leastMaxSize } from '../../src/cli/checkMaxSize.js';
import { CliError } from '../../src/cli/CliError.js';

/** A toy claim whose generator is `arbitrary`. */
function claimWith(id: string, arbitrary: (maxSize: number) => fc.Arbitrary<number>): Claim<number> {
  return {
    id,
    expected: 'holds',
    statement: 'toy',
    hypotheses: [],
    regimes: [],
    arbitrary,
    unmetHypotheses: () => [],
    evaluate: () => evaluation(0, 1, {}),
    classify: () => [],
    describe: (x) => ({ n: x, m: 1, rankY: 1, r: 1 }),
  };
}

const needs = (least: number) =>
  claimWith(`needs-${least}`, (maxSize) => {
    if (maxSize < least) throw new RangeError(`sides of ${least} needed`);
    return fc.integer();
  });

describe('checkMaxSize and leastMaxSize on toy claims', () => {
  it('accepts a bound every claim takes, and names the least bound of the first that does not', () => {
    expect(() => checkMaxSize([needs(1), needs(3)], 3)).not.toThrow();
    expect(leastMaxSize(needs(3))).toBe(3);
    expect(() => checkMaxSize([needs(1), needs(3), needs(4)], 2)).toThrow(
      new CliError('--max-size 2 is too small for needs-3: its cases need --max-size 3 or more'),
    );
  });

  it('says so when a claim takes no bound up to the limit', () => {
    const never = needs(Number.POSITIVE_INFINITY);
    expect(leastMaxSize(never)).toBeNull();
    expect(() => checkMaxSize([never], 8)).toThrow(
      '--max-size 8 is too small for needs-Infinity: no side bound is accepted',
    );
  });

  it('lets through what a generator throws other than a RangeError: a bug, not a bad bound', () => {
    const broken = claimWith('broken', () => {
      throw new TypeError('generator bug');
    });
    expect(() => checkMaxSize([broken], 3)).toThrow(TypeError);
    expect(() => leastMaxSize(broken)).toThrow('generator bug');
  });
});
