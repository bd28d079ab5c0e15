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
      for (const value of c.value === undefined ? [] : [c.value]) expect(e.message).toContain(value);
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

describe('parseSolveCase: how an error names its field', () => {
  it.each([null, 3, 'text', [1, 2]])('says %j must be a JSON object', (input) => {
    expect(parseError(input)).toMatchObject({
      message: expect.stringMatching(/^case: must be a JSON object \(got /),
    });
  });

  it("writes nested paths as 'init.seed' and 'Y[0][1]'", () => {
    const base = { Y: [[1, 2]], r: 1, rule: 'gd', eta: 0.1, steps: 1 };
    const seed = parseError({ ...base, init: { scale: 0.1, seed: 5 } }) as InputError;
    expect(seed.parameter).toBe('init.seed');
    expect(seed.message.startsWith('init.seed: ')).toBe(true);
    const entry = parseError({ ...base, Y: [[1, null]], init: { scale: 0.1, seed: 's' } }) as InputError;
    expect(entry.parameter).toBe('Y[0][1]');
  });

  it("says 'missing field' for an absent field, and the rule's reason for a field a rule requires", () => {
    expect((parseError({ r: 1, rule: 'gd', eta: 0.1, steps: 1 }) as Error).message).toBe('Y: missing field');
    const b = parseError({ Y: [[1]], r: 1, rule: 'fa', eta: 0.1, steps: 1 }) as Error;
    expect(b.message).toBe('B: is required by rule "fa"');
  });
});
