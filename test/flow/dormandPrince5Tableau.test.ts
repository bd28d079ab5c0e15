import { describe, expect, it } from 'vitest';
import { dormandPrince5Tableau as T } from '../../src/flow/dormandPrince5Tableau.js';

const sum = (v: readonly number[]): number => v.reduce((acc, x) => acc + x, 0);

describe('dormandPrince5Tableau', () => {
  it('has row sums equal to the stage times (c_i = sum_j a_ij)', () => {
    T.a.forEach((row, i) => expect(Math.abs(sum(row) - T.c[i])).toBeLessThanOrEqual(1e-15));
  });

  it('has fifth-order weights satisfying the quadrature conditions sum_i b_i c_i^q = 1/(q+1), q <= 4', () => {
    for (let q = 0; q <= 4; q++) {
      const got = sum(T.b.map((bi, i) => bi * T.c[i] ** q));
      expect(Math.abs(got - 1 / (q + 1))).toBeLessThanOrEqual(1e-15);
    }
  });

  it('has an error row e = b - b* whose embedded weights b* are a consistent fourth-order rule', () => {
    expect(Math.abs(sum(T.e))).toBeLessThanOrEqual(1e-16); // both weight rows sum to 1
    const bStar = T.b.map((bi, i) => bi - T.e[i]);
    for (let q = 0; q <= 3; q++) {
      const got = sum(bStar.map((bi, i) => bi * T.c[i] ** q));
      expect(Math.abs(got - 1 / (q + 1))).toBeLessThanOrEqual(1e-15);
    }
  });

  it('is first-same-as-last: the last stage row equals the fifth-order weights', () => {
    expect(T.a[6]).toEqual(T.b.slice(0, 6));
    expect(T.c[6]).toBe(1);
  });
});
