import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { mixed } from '../../src/rules/mixed.js';
import { solve } from '../../src/solve/solve.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const SHAPES: ReadonlyArray<readonly [number, number, number, number]> = [
  [5, 4, 3, 2],
  [12, 10, 2, 3],
  [6, 6, 6, 6],
];

describe('mixed: its ends are FA and GD, bit for bit, through solve', () => {
  for (const [n, m, k, r] of SHAPES) {
    const y = seededLowRank(n, m, k, `mixed ${n}`);
    const b = seededMatrix(n, r, `mixed B ${n}`, 1 / Math.sqrt(n));
    const z0 = seededMatrix(n, r, `mixed Z0 ${n}`, 0.01);
    const w0 = seededMatrix(r, m, `mixed W0 ${n}`, 0.01);
    const common = { Y: y, r, eta: 0.2, B: b, Z0: z0, W0: w0, steps: 300, traceEvery: 50 };

    it(`rho = 0 is FA at ${n} x ${m}, r = ${r} (with and without decay, reduced as FA)`, () => {
      for (const lambda of [0, 0.03]) {
        const got = solve({ ...common, rule: mixed, rho: 0, lambda });
        const want = solve({ ...common, rule: fa, lambda });
        expect(got.Z.to1DArray()).toEqual(want.Z.to1DArray());
        expect(got.W.to1DArray()).toEqual(want.W.to1DArray());
        expect(got.loss).toBe(want.loss);
        expect(got.subspace).toEqual(want.subspace);
        expect(Array.from(got.trace?.alignment ?? [])).toEqual(Array.from(want.trace?.alignment ?? [0]));
      }
    });

    it(`rho = 1 is GD at ${n} x ${m}, r = ${r}`, () => {
      const got = solve({ ...common, rule: mixed, rho: 1 });
      const want = solve({ ...common, B: null, rule: gd });
      expect(got.Z.to1DArray()).toEqual(want.Z.to1DArray());
      expect(got.W.to1DArray()).toEqual(want.W.to1DArray());
      expect(got.loss).toBe(want.loss);
    });

    it(`0 < rho < 1 lies strictly between at ${n} x ${m}, r = ${r}: neither FA nor GD`, () => {
      const half = solve({ ...common, rule: mixed, rho: 0.5 });
      const faRun = solve({ ...common, rule: fa });
      expect(half.subspace).toBeUndefined(); // no reduction for 0 < rho < 1
      expect(half.Z.to1DArray()).not.toEqual(faRun.Z.to1DArray());
    });
  }

  it('the registered family has no rho: running it unbound is a misuse that throws', () => {
    const z = Float64Array.from([1, 2]);
    expect(() => mixed.backward(z, z, new Float64Array(2))).toThrow(/bind rho/);
    expect(mixed.withValues({ rho: 0.25 }).values).toEqual({ lambda: 0, rho: 0.25 });
  });
});
