import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  checkFactorizationInput,
  checkFactorizationShapes,
  checkFiniteEntries,
} from '../../src/linalg/checkFactorizationShapes.js';
import { InputError } from '../../src/linalg/InputError.js';

/** The error a call throws, or undefined. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('checkFactorizationShapes', () => {
  // n = 4, m = 3, r = 2
  const good = { Y: new Matrix(4, 3), r: 2, B: new Matrix(4, 2), Z0: new Matrix(4, 2), W0: new Matrix(2, 3) };

  it('returns the sides of a consistent input, with or without the optional fields', () => {
    expect(checkFactorizationShapes(good)).toEqual({ n: 4, m: 3, r: 2 });
    expect(checkFactorizationShapes({ Y: good.Y, r: 5 })).toEqual({ n: 4, m: 3, r: 5 });
    expect(checkFactorizationShapes({ ...good, B: null, Z0: null, W0: undefined })).toEqual({
      n: 4,
      m: 3,
      r: 2,
    });
    // the sides of nested rows are enough
    expect(checkFactorizationShapes({ Y: { rows: 1, columns: 1 }, r: 1 })).toEqual({ n: 1, m: 1, r: 1 });
  });

  it.each([
    ['B', { B: new Matrix(3, 2) }, 'B: is 3 x 2, not 4 x 2 (n x r)'],
    ['B', { B: new Matrix(4, 3) }, 'B: is 4 x 3, not 4 x 2 (n x r)'],
    ['Z0', { Z0: new Matrix(4, 1) }, 'Z0: is 4 x 1, not 4 x 2 (n x r)'],
    ['W0', { W0: new Matrix(2, 4) }, 'W0: is 2 x 4, not 2 x 3 (r x m)'],
    ['W0', { W0: new Matrix(3, 3) }, 'W0: is 3 x 3, not 2 x 3 (r x m)'],
    ['r', { r: 0 }, 'r: must be an integer >= 1 (got 0)'],
    ['r', { r: 1.5 }, 'r: must be an integer >= 1 (got 1.5)'],
    ['r', { r: Number.NaN }, 'r: must be an integer >= 1 (got NaN)'],
    ['Y', { Y: { rows: 0, columns: 3 } }, 'Y: is 0 x 3, not at least 1 x 1 (n x m)'],
  ])('names %s in one line with both shapes: %s', (field, patch, message) => {
    const e = thrown(() => checkFactorizationShapes({ ...good, ...patch }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).parameter).toBe(field);
    expect((e as InputError).message).toBe(message);
  });
});

describe('checkFiniteEntries', () => {
  it('names the first entry that is not finite, row by row', () => {
    const a = new Matrix(2, 3).set(1, 0, Number.POSITIVE_INFINITY).set(1, 2, Number.NaN);
    expect(() => checkFiniteEntries('B', a)).toThrow(/^B\[1\]\[0\]: must be finite \(got Infinity\)$/);
    expect(() => checkFiniteEntries('B', new Matrix(2, 3))).not.toThrow();
  });
});

describe('checkFactorizationInput', () => {
  it('refuses a field that is not an ml-matrix Matrix, then checks shapes, then entries', () => {
    const Y = new Matrix(2, 2);
    expect(() => checkFactorizationInput({ Y: [[1]] as unknown as Matrix, r: 1 })).toThrow(
      /^Y: must be an ml-matrix Matrix$/,
    );
    expect(() => checkFactorizationInput({ Y, r: 1, Z0: new Matrix(2, 2).set(0, 0, Number.NaN) })).toThrow(
      /^Z0: is 2 x 2, not 2 x 1 \(n x r\)$/,
    );
    expect(() => checkFactorizationInput({ Y, r: 1, W0: new Matrix(1, 2).set(0, 1, Number.NaN) })).toThrow(
      /^W0\[0\]\[1\]: must be finite \(got NaN\)$/,
    );
    expect(checkFactorizationInput({ Y, r: 1, B: new Matrix(2, 1) })).toEqual({ n: 2, m: 2, r: 1 });
  });
});
