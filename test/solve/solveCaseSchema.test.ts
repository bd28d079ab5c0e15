import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/linalg/InputError.js';
import { parseSolveCase } from '../../src/solve/parseSolveCase.js';
import { solveCaseSchema } from '../../src/solve/solveCaseSchema.js';
import { GOOD_CASE } from '../_support/badSolveCases.js';

// The schema's messages, field by field, as a reader of an error sees them: `field: problem (got value)`.
// (test/_support/badSolveCases.ts checks that each error names the right field; this table checks
// the whole message, so that no validator can lose its explanation unnoticed.)

const good = GOOD_CASE;
const gd = { Y: good.Y, r: 1, rule: 'gd', eta: 0.1, steps: 50 };
const both = { Z0: [[1], [1]], W0: [[1, 1]] };

function message(input: unknown): string {
  try {
    parseSolveCase(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  return 'accepted';
}

const without = (key: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...good };
  delete copy[key];
  return copy;
};

describe('solveCaseSchema: every message', () => {
  it.each<[string, unknown, string]>([
    ['a missing field', without('Y'), 'Y: missing field'],
    [
      'a non-numeric entry',
      {
        ...good,
        Y: [
          [3, 'a'],
          [0, 1],
        ],
      },
      'Y[0][1]: every entry must be a finite number (got "a")',
    ],
    ['an empty row', { ...good, Y: [[]] }, 'Y[0]: rows must not be empty (got [])'],
    ['no rows', { ...good, Y: [] }, 'Y: must have at least one row (got [])'],
    [
      'ragged rows',
      { ...good, Y: [[3, 0], [1]] },
      'Y[1]: ragged rows: row 1 has 1 entries, row 0 has 2 (got [1])',
    ],
    [
      'an overflowing Y',
      {
        ...good,
        Y: [
          [1e200, 0],
          [0, 1],
        ],
      },
      'Y: entries too large: ||Y||_F^2 overflows a double (got 2 x 2 matrix)',
    ],
    ['a fractional r', { ...good, r: 1.5 }, 'r: must be an integer (got 1.5)'],
    ['r = 0', { ...good, r: 0 }, 'r: must be at least 1 (got 0)'],
    [
      'an unknown rule',
      { ...good, rule: 'x' },
      'rule: unknown rule; known rules: gd, fa, kp, sign, mixed (got "x")',
    ],
    [
      'kp without lambda',
      { ...good, rule: 'kp' },
      'lambda: is required by rule "kp" (weight decay: every trained matrix X <- (1 - eta lambda) X - eta (its signal))',
    ],
    ['a negative lambda', { ...good, lambda: -1 }, 'lambda: must be >= 0 (got -1)'],
    [
      'eta lambda >= 1',
      { ...good, lambda: 10 },
      'lambda: must be below 1 / eta = 10 (1 - eta lambda must stay positive) (got 10)',
    ],
    [
      'mixed without rho',
      { ...good, rule: 'mixed' },
      'rho: is required by rule "mixed" (share of Z in the backward matrix rho Z + (1 - rho) B)',
    ],
    ['rho above 1', { ...good, rule: 'mixed', rho: 2 }, 'rho: must be <= 1 (got 2)'],
    ['rho below 0', { ...good, rule: 'mixed', rho: -0.5 }, 'rho: must be >= 0 (got -0.5)'],
    ['rho for fa', { ...good, rho: 0.5 }, 'rho: is not a parameter of rule "fa" (got 0.5)'],
    [
      'sign from zero',
      { ...gd, rule: 'sign' },
      'init: rule "sign" needs initial factors: Z0 and W0, or init {scale, seed}',
    ],
    ['eta = 0', { ...good, eta: 0 }, 'eta: must be > 0 (got 0)'],
    [
      'B with a column too many',
      {
        ...good,
        B: [
          [1, 2],
          [3, 4],
        ],
      },
      'B: is 2 x 2, not 2 x 1 (n x r)',
    ],
    ['B with a row too few', { ...good, B: [[1]] }, 'B: is 1 x 1, not 2 x 1 (n x r)'],
    ['fa without B', without('B'), 'B: is required by rule "fa"'],
    ['Z0 with a row too few', { ...good, ...both, Z0: [[1]] }, 'Z0: is 1 x 1, not 2 x 1 (n x r)'],
    [
      'Z0 with a column too many',
      {
        ...good,
        ...both,
        Z0: [
          [1, 1],
          [1, 1],
        ],
      },
      'Z0: is 2 x 2, not 2 x 1 (n x r)',
    ],
    [
      'W0 with a row too many',
      {
        ...good,
        ...both,
        W0: [
          [1, 1],
          [1, 1],
        ],
      },
      'W0: is 2 x 2, not 1 x 2 (r x m)',
    ],
    ['W0 with a column too few', { ...good, ...both, W0: [[1]] }, 'W0: is 1 x 1, not 1 x 2 (r x m)'],
    ['Z0 without W0', { ...good, Z0: both.Z0 }, 'W0: Z0 and W0 go together: give both or neither'],
    ['W0 without Z0', { ...good, W0: both.W0 }, 'Z0: Z0 and W0 go together: give both or neither'],
    [
      'Z0/W0 and init',
      { ...good, ...both, init: { scale: 0.1, seed: 's' } },
      'init: give either Z0/W0 or init, not both (got {"scale":0.1,"seed":"s"})',
    ],
    ['gd without a start', gd, 'init: rule "gd" needs initial factors: Z0 and W0, or init {scale, seed}'],
    ['a negative init scale', { ...gd, init: { scale: -1, seed: 's' } }, 'init.scale: must be >= 0 (got -1)'],
    [
      'both steps and maxSteps',
      { ...good, maxSteps: 9 },
      'steps: give exactly one of steps and maxSteps (got 50)',
    ],
    ['neither steps nor maxSteps', without('steps'), 'steps: give exactly one of steps and maxSteps'],
    ['negative steps', { ...good, steps: -1 }, 'steps: must be >= 0 (got -1)'],
    ['fractional steps', { ...good, steps: 1.5 }, 'steps: must be an integer (got 1.5)'],
    ['negative maxSteps', { ...without('steps'), maxSteps: -1 }, 'maxSteps: must be >= 0 (got -1)'],
    ['fractional maxSteps', { ...without('steps'), maxSteps: 2.5 }, 'maxSteps: must be an integer (got 2.5)'],
    ['a negative tol', { ...good, tol: -1 }, 'tol: must be >= 0 (got -1)'],
    ['a negative stationaryTol', { ...good, stationaryTol: -1 }, 'stationaryTol: must be >= 0 (got -1)'],
    ['divergenceFactor 1', { ...good, divergenceFactor: 1 }, 'divergenceFactor: must be > 1 (got 1)'],
    ['negative traceEvery', { ...good, traceEvery: -1 }, 'traceEvery: must be >= 0 (got -1)'],
    ['fractional traceEvery', { ...good, traceEvery: 1.5 }, 'traceEvery: must be an integer (got 1.5)'],
    [
      'fa-limit without B',
      { ...gd, init: { scale: 0.1, seed: 's' }, target: 'fa-limit' },
      'target: "fa-limit" needs B (got "fa-limit")',
    ],
  ])('%s: %s', (_name, input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it('accepts every optional field at a valid value, zero included where allowed', () => {
    const options = { tol: 1e-3, stationaryTol: 1e-3, divergenceFactor: 2, traceEvery: 3 };
    expect(message({ ...without('steps'), maxSteps: 10, target: 0.5, ...options })).toBe('accepted');
    expect(message({ ...good, tol: 0, stationaryTol: 0, traceEvery: 0, steps: 0 })).toBe('accepted');
    expect(message({ ...gd, init: { scale: 0, seed: 's' } })).toBe('accepted');
    expect(message({ ...good, ...both })).toBe('accepted');
  });

  it('is a zod schema whose parse result keeps the fields', () => {
    const parsed = solveCaseSchema.parse({ ...good, tol: 0.5 });
    expect(parsed.tol).toBe(0.5);
    expect(parsed.B).toEqual(good.B);
  });
});
