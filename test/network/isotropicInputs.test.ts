import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { isotropicInputs } from '../../src/network/isotropicInputs.js';
import { InputError } from '../../src/linalg/InputError.js';

describe('isotropicInputs', () => {
  it.each([
    [1, 1],
    [3, 3],
    [4, 10],
    [6, 200],
  ])('gives X X^T / N = I to 1e-12 (m = %i, N = %i)', (m, N) => {
    const x = isotropicInputs(m, N, `iso/${m}/${N}`);
    expect([x.rows, x.columns]).toEqual([m, N]);
    const gram = x.mmul(x.transpose()).div(N);
    expect(gram.sub(Matrix.eye(m)).norm('frobenius')).toBeLessThanOrEqual(1e-12);
  });

  it('is a function of its seed: same seed, same inputs; another seed, other inputs', () => {
    const a = isotropicInputs(3, 8, 'seed-1');
    expect(isotropicInputs(3, 8, 'seed-1').to2DArray()).toEqual(a.to2DArray());
    expect(isotropicInputs(3, 8, 'seed-2').clone().sub(a).norm('frobenius')).toBeGreaterThan(0.1);
  });

  it.each([
    ['m', 0, 4],
    ['m', 1.5, 4],
    ['N', 3, 2],
  ])('rejects a bad %s', (parameter, m, N) => {
    const call = (): unknown => isotropicInputs(m, N, 's');
    expect(call).toThrow(InputError);
    expect(call).toThrow(new RegExp(`^${parameter}:`));
  });
});
