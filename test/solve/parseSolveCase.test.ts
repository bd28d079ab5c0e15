import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/solve/InputError.js';
import { parseSolveCase } from '../../src/solve/parseSolveCase.js';
import { BAD_SOLVE_CASES, GOOD_CASE_TEXT } from '../_support/badSolveCases.js';

function parseError(input: unknown): unknown {
  try {
    parseSolveCase(input);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('parseSolveCase', () => {
  it('accepts a good case and returns its fields', () => {
    const c = parseSolveCase(JSON.parse(GOOD_CASE_TEXT));
    expect(c.rule).toBe('fa');
    expect(c.r).toBe(1);
    expect(c.steps).toBe(50);
    expect(c.B).toEqual([[0.5], [0.3]]);
  });

  it('accepts maxSteps with a numeric or named target, and init', () => {
    const base = { Y: [[1, 2]], r: 1, rule: 'gd', eta: 0.1, init: { scale: 0.1, seed: 's' } };
    expect(parseSolveCase({ ...base, maxSteps: 10, target: 0.5 }).target).toBe(0.5);
    expect(parseSolveCase({ ...base, maxSteps: 10, target: 'optimal' }).target).toBe('optimal');
    expect(parseSolveCase({ ...base, steps: 0 }).init).toEqual({ scale: 0.1, seed: 's' });
  });

  for (const c of BAD_SOLVE_CASES) {
    it(`rejects ${c.name} with an InputError naming ${c.field}`, () => {
      const error = parseError(JSON.parse(c.text));
      expect(error, `${c.name}: ${String(error)}`).toBeInstanceOf(InputError);
      const e = error as InputError;
      expect(e.parameter).toBe(c.field);
      expect(e.message.startsWith(`${c.field}: `), e.message).toBe(true);
      expect(e.message).not.toContain('\n');
      if (c.value !== undefined) expect(e.message).toContain(c.value);
    });
  }

  it.each([null, 3, 'text', true])('rejects %j: the case must be an object', (input) => {
    const error = parseError(input);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).parameter).toBe('case');
  });

  it('rejects fa-limit as a target without B', () => {
    const error = parseError({
      Y: [[1]],
      r: 1,
      rule: 'gd',
      eta: 0.1,
      Z0: [[1]],
      W0: [[1]],
      maxSteps: 5,
      target: 'fa-limit',
    });
    expect((error as InputError).parameter).toBe('target');
  });
});
