import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { OPTION_LIMITS } from '../../src/cli/optionLimits.js';
import { parseIntegerOption } from '../../src/cli/parseIntegerOption.js';
import { MAX_PATH_STEP, parseReplayPathOption } from '../../src/cli/parseReplayPathOption.js';
import { replayMismatch } from '../../src/cli/checkReplayPath.js';
import { CliError } from '../../src/cli/CliError.js';
import { catalogue } from '../../properties/catalogue.js';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as Error).message;
  }
  return 'accepted';
};

describe('parseIntegerOption(min, max)', () => {
  const seed = parseIntegerOption(OPTION_LIMITS.seed.min, OPTION_LIMITS.seed.max);

  it('takes integers in range, both ends included, with a sign or surrounding blanks', () => {
    expect(seed('-2147483648')).toBe(-(2 ** 31));
    expect(seed('2147483647')).toBe(2 ** 31 - 1);
    expect(seed('+7')).toBe(7);
    expect(seed(' 7 ')).toBe(7);
    expect(parseIntegerOption(1, 256)('1')).toBe(1);
  });

  it.each(['2147483648', '99999999999', '-2147483649', '1e3', '1.5', '0x10', '', ' ', 'abc', '7abc', '--1'])(
    'refuses %j as a seed, naming the value',
    (value) => {
      const message = refusal(() => seed(value));
      expect(message).toContain(`'${value}'`);
      expect(message).toContain('2147483647');
    },
  );

  it('refuses a value beyond either bound with the range', () => {
    expect(refusal(() => parseIntegerOption(1, 256)('257'))).toBe(
      "must be an integer from 1 to 256, got '257'",
    );
    expect(refusal(() => parseIntegerOption(1, 256)('0'))).toBe("must be an integer from 1 to 256, got '0'");
    expect(refusal(() => parseIntegerOption(1, 256)('-3'))).toBe(
      "must be an integer from 1 to 256, got '-3'",
    );
  });
});

describe('parseReplayPathOption', () => {
  it.each(['0', '12:0:3', '0:0:0:1:0', '1:0*3:2', `${MAX_PATH_STEP}:0`])('takes %j as given', (path) => {
    expect(parseReplayPathOption(path)).toBe(path);
  });

  it.each(['garbage', '', ' 1', '1:', ':1', '1::2', '-1', '1.5', '0x10', '1:a:2', '1*', '1;2'])(
    'refuses %j, naming it',
    (path) => {
      expect(refusal(() => parseReplayPathOption(path))).toContain(`not a replay path: '${path}'`);
    },
  );

  it('refuses a step above the bound (a walk that long would hang, not fail)', () => {
    expect(refusal(() => parseReplayPathOption(`0:${MAX_PATH_STEP + 1}`))).toBe(
      `replay path step ${MAX_PATH_STEP + 1} is above ${MAX_PATH_STEP}`,
    );
    expect(refusal(() => parseReplayPathOption('99999999999999999999'))).toContain('is above');
  });
});

describe('parseReplayPathOption and replayMismatch: long values', () => {
  it('shows a long bad path cut to 57 characters and an ellipsis', () => {
    const long = `1:x${'0'.repeat(80)}`;
    expect(refusal(() => parseReplayPathOption(long))).toBe(
      `not a replay path: '${long.slice(0, 57)}...' (want colon-separated non-negative integers, such as 12:0:3)`,
    );
  });

  it('shows a long replay option cut to 77 characters and an ellipsis, a short one whole', () => {
    const r = { seed: 7, maxSize: 3, path: `1:${'0:'.repeat(60)}2` };
    const long = replayMismatch(catalogue[0], r);
    expect(long).toBeInstanceOf(CliError);
    expect(long.message).toBe(
      `${`--path ${r.path}`.slice(0, 77)}... does not replay a counterexample of ${catalogue[0].id} with --seed 7 --max-size 3`,
    );
    expect(replayMismatch(catalogue[0], { ...r, path: '1:0' }).message).toBe(
      `--path 1:0 does not replay a counterexample of ${catalogue[0].id} with --seed 7 --max-size 3`,
    );
  });
});
