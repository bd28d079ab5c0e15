import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/linalg/InputError.js';

describe('InputError', () => {
  it('names the parameter and renders the value on one line', () => {
    const e = new InputError('eta', -1, 'must be > 0');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InputError');
    expect(e.parameter).toBe('eta');
    expect(e.value).toBe(-1);
    expect(e.message).toBe('eta: must be > 0 (got -1)');
  });

  it('keeps NaN and Infinity readable, summarises matrices and omits a missing value', () => {
    expect(new InputError('r', Number.NaN, 'bad').message).toBe('r: bad (got NaN)');
    expect(new InputError('eta', Number.POSITIVE_INFINITY, 'bad').message).toBe('eta: bad (got Infinity)');
    expect(new InputError('B', [[1, 2, 3]], 'bad').message).toBe('B: bad (got 1 x 3 matrix)');
    expect(new InputError('Y', undefined, 'missing field').message).toBe('Y: missing field');
  });

  it('shortens long values to one short line', () => {
    const e = new InputError('rule', 'x'.repeat(500), 'unknown rule');
    expect(e.message.length).toBeLessThanOrEqual(100);
    expect(e.message).not.toContain('\n');
  });
});

describe('InputError: rendering values', () => {
  it('keeps a value of exactly 60 characters whole, and cuts a longer one to 57 and an ellipsis', () => {
    const sixty = 'y'.repeat(58); // JSON adds the two quotes
    expect(new InputError('rule', sixty, 'bad').message).toBe(`rule: bad (got "${sixty}")`);
    const long = new InputError('rule', 'z'.repeat(80), 'bad').message;
    expect(long).toBe(`rule: bad (got "${'z'.repeat(56)}...)`);
  });

  it('falls back to String() for values JSON cannot render (a cycle, a bigint)', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(new InputError('case', cycle, 'bad').message).toBe('case: bad (got [object Object])');
    expect(new InputError('r', 10n, 'bad').message).toBe('r: bad (got 10)');
  });
});
