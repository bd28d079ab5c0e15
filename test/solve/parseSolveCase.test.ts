import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/linalg/InputError.js';
import { closestField, parseSolveCase } from '../../src/solve/parseSolveCase.js';
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

describe('parseSolveCase: unknown fields are refused, not ignored', () => {
  const base = JSON.parse(GOOD_CASE_TEXT) as Record<string, unknown>;

  it.each<[string, Record<string, unknown>, string]>([
    ['tolerance for tol', { tolerance: 1e-3 }, "case: unknown field 'tolerance' (did you mean 'tol'?)"],
    ['step for steps', { step: 5 }, "case: unknown field 'step' (did you mean 'steps'?)"],
    [
      'max_steps for maxSteps',
      { max_steps: 5 },
      "case: unknown field 'max_steps' (did you mean 'maxSteps'?)",
    ],
    ['ETA for eta', { ETA: 0.1 }, "case: unknown field 'ETA' (did you mean 'eta'?)"],
    ['trace for traceEvery', { trace: 10 }, "case: unknown field 'trace' (did you mean 'traceEvery'?)"],
    ['kernel for kernels', { kernel: 'js' }, "case: unknown field 'kernel' (did you mean 'kernels'?)"],
    ['a key close to nothing', { colour: 'red' }, "case: unknown field 'colour'"],
    [
      'sede for seed in init',
      { init: { scale: 0.1, sede: 'x' } },
      "init: unknown field 'sede' (did you mean 'seed'?)",
    ],
    [
      'scal for scale in init',
      { init: { scal: 0.1, seed: 'x' } },
      "init: unknown field 'scal' (did you mean 'scale'?)",
    ],
  ])('%s', (_, patch, message) => {
    const error = parseError({ ...base, ...patch });
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(message);
  });

  it('reports the misspelling before the errors it causes (a field it was meant to be is missing)', () => {
    const { steps, ...rest } = base;
    expect(steps).toBe(50);
    const error = parseError({ ...rest, stesp: 50 });
    expect((error as Error).message).toBe("case: unknown field 'stesp' (did you mean 'steps'?)");
  });

  it('closestField: the nearest known name, or none', () => {
    const known = ['steps', 'stationaryTol', 'tol', 'target', 'maxSteps'];
    expect(closestField('tolerance', known)).toBe('tol');
    expect(closestField('Steps', known)).toBe('steps');
    expect(closestField('stationary_tol', known)).toBe('stationaryTol');
    expect(closestField('targe', known)).toBe('target');
    expect(closestField('r', known)).toBeUndefined();
    expect(closestField('xyz', known)).toBeUndefined();
  });
});
