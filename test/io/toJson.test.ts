import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/io/toJson.js';

describe('toJson', () => {
  it('writes non-finite numbers as null and Float64Arrays as arrays', () => {
    const text = toJson({
      a: Number.NaN,
      b: Number.POSITIVE_INFINITY,
      c: Float64Array.from([1, 2.5]),
      d: [3],
    });
    expect(text).toBe('{"a":null,"b":null,"c":[1,2.5],"d":[3]}');
    expect(text).not.toContain('NaN');
  });

  it('indents on request', () => {
    expect(toJson({ a: 1 }, 2)).toBe('{\n  "a": 1\n}');
  });
});
