import { describe, expect, it } from 'vitest';
import { axpy } from '../../src/kernels/axpy.js';

describe('axpy: y += alphas[at] x', () => {
  it('updates the first len entries only', () => {
    const y = Float64Array.from([1, 2, 3, 4]);
    axpy(Float64Array.from([9, 0.5]), 1, Float64Array.from([2, 4, 6, 8]), y, 3);
    expect(Array.from(y)).toEqual([2, 4, 6, 4]);
  });

  it('with alpha = -1 subtracts exactly, and with -eta equals y - eta x bit for bit', () => {
    const x = Float64Array.from([0.1, 1 / 3, 2 ** -40, 7e300]);
    const y = Float64Array.from([0.3, 1 / 7, 1, -7e300]);
    const diff = Float64Array.from(y);
    axpy(Float64Array.from([-1]), 0, x, diff, 4);
    expect(Array.from(diff)).toEqual(Array.from(y).map((v, i) => v - x[i]));
    const step = Float64Array.from(y);
    axpy(Float64Array.from([-0.37]), 0, x, step, 4);
    expect(Array.from(step)).toEqual(Array.from(y).map((v, i) => v - 0.37 * x[i]));
  });
});
