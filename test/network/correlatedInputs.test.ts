import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { correlatedInputs } from '../../src/network/correlatedInputs.js';
import { InputError } from '../../src/linalg/InputError.js';
import { seededMatrix } from '../_support/seededMatrix.js';

/** A seeded symmetric positive definite matrix `G G^T / m + I / 2`. */
function randomSpd(m: number, seed: string): Matrix {
  const g = seededMatrix(m, m, seed);
  return g.mmul(g.transpose()).div(m).add(Matrix.eye(m).mul(0.5));
}

describe('correlatedInputs', () => {
  it.each([
    ['diag(4, 1, 1)', Matrix.diag([4, 1, 1])],
    ['a random SPD 4 x 4', randomSpd(4, 'spd-4')],
    ['a random SPD 5 x 5', randomSpd(5, 'spd-5')],
  ])('gives X X^T / N equal to %s to 1e-12 relative', (_name, covariance) => {
    const m = covariance.rows;
    const N = 3 * m + 1;
    const x = correlatedInputs(m, N, covariance, `corr/${m}`);
    expect([x.rows, x.columns]).toEqual([m, N]);
    const gram = x.mmul(x.transpose()).div(N);
    const error = gram.sub(covariance).norm('frobenius') / covariance.norm('frobenius');
    expect(error).toBeLessThanOrEqual(1e-12);
  });

  it.each([
    ['not square', new Matrix(2, 3), /^covariance:/],
    [
      'not symmetric',
      new Matrix([
        [1, 0.5],
        [0, 1],
      ]),
      /^covariance\[0\]\[1\]:/,
    ],
    [
      'indefinite',
      new Matrix([
        [1, 2],
        [2, 1],
      ]),
      /^covariance: must be positive definite/,
    ],
    [
      'not finite',
      new Matrix([
        [1, NaN],
        [NaN, 1],
      ]),
      /^covariance:/,
    ],
  ])('rejects a covariance that is %s', (_name, covariance, message) => {
    const call = (): unknown => correlatedInputs(2, 4, covariance, 's');
    expect(call).toThrow(InputError);
    expect(call).toThrow(message);
  });
});
