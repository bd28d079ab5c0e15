import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { toMatrix } from '../../src/linalg/Dense.js';
import { correlatedInputs } from '../../src/network/correlatedInputs.js';
import { isotropicInputs } from '../../src/network/isotropicInputs.js';
import { trainTwoLayerNetwork, type TwoLayerNetworkOptions } from '../../src/network/trainTwoLayerNetwork.js';
import { randomFactors } from '../../src/random/randomFactors.js';
import { InputError } from '../../src/linalg/InputError.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { solve, type SolveOptions } from '../../src/solve/solve.js';
import { seededMatrix } from '../_support/seededMatrix.js';

const n = 5;
const m = 4;
const r = 2;
const N = 12;
const eta = 0.05;
const steps = 40;
const y = seededMatrix(n, m, 'net/Y');
const b = seededMatrix(n, r, 'net/B', 1 / Math.sqrt(n));
const init = randomFactors(n, m, r, 0.1, 'net/init');
const z0 = toMatrix(init.z0);
const w0 = toMatrix(init.w0);

/** The network's options and the matching factorization case, for one rule. */
/** The network's options and the factorization's, for one rule: the same fields, the same values. */
function setup(name: 'gd' | 'fa', x: Matrix): { net: TwoLayerNetworkOptions; fact: SolveOptions } {
  const rule = name === 'fa' ? fa : gd;
  // fa from zero, gd from small random factors
  const common = { Y: y, r, rule, eta, ...(name === 'fa' ? { B: b } : { Z0: z0, W0: w0 }) };
  return { net: { ...common, X: x, steps, recordEvery: 1 }, fact: common };
}

const gap = (a: Matrix, c: Matrix): number => a.clone().sub(c).norm('frobenius');

describe('trainTwoLayerNetwork', () => {
  it.each(['fa', 'gd'] as const)(
    'with isotropic inputs equals the factorization dynamics step for step (%s)',
    (rule) => {
      const { net, fact } = setup(rule, isotropicInputs(m, N, 'net/iso'));
      const trained = trainTwoLayerNetwork(net);
      expect(trained.reason).toBe('steps');
      expect(trained.history.map((h) => h.step)).toEqual(Array.from({ length: steps + 1 }, (_, t) => t));
      for (let t = 1; t <= steps; t++) {
        const f = solve({ ...fact, steps: t });
        const h = trained.history[t];
        expect(gap(h.Z, f.Z)).toBeLessThanOrEqual(1e-10);
        expect(gap(h.W, f.W)).toBeLessThanOrEqual(1e-10);
        // the network's loss 1/(2N) ||ZWX - YX||^2 is half the factorization loss when X X^T / N = I
        expect(Math.abs(h.networkLoss - f.loss / 2)).toBeLessThanOrEqual(1e-10 * y.norm('frobenius') ** 2);
      }
      expect(trained.history[steps].networkLoss).toBeLessThanOrEqual(0.9 * trained.history[0].networkLoss);
    },
  );

  it.each([
    ['fa', 'diag(4, 1, 1, 1)', Matrix.diag([4, 1, 1, 1])],
    ['gd', 'diag(4, 1, 1, 1)', Matrix.diag([4, 1, 1, 1])],
    [
      'fa',
      'a random SPD',
      seededMatrix(m, m, 'net/spd')
        .mmul(seededMatrix(m, m, 'net/spd').transpose())
        .div(m),
    ],
  ] as const)(
    'with correlated inputs (%s, covariance %s) departs from the factorization dynamics',
    (rule, _name, cov) => {
      const covariance = cov.clone().add(Matrix.eye(m).mul(0.1));
      const { net, fact } = setup(rule, correlatedInputs(m, N, covariance, 'net/corr'));
      const trained = trainTwoLayerNetwork({ ...net, eta: 0.02 });
      const f = solve({ ...fact, eta: 0.02, steps });
      expect(trained.reason).toBe('steps');
      const product = f.Z.mmul(f.W);
      expect(gap(trained.Z.mmul(trained.W), product) / product.norm('frobenius')).toBeGreaterThan(1e-3);
    },
  );

  it('records every so many steps and at the end, and never writes its inputs', () => {
    const x = isotropicInputs(m, N, 'net/iso');
    const z0Before = z0.to2DArray();
    const out = trainTwoLayerNetwork({
      X: x,
      Y: y,
      r,
      rule: gd,
      eta,
      steps: 12,
      Z0: z0,
      W0: w0,
      recordEvery: 5,
    });
    expect(out.history.map((h) => h.step)).toEqual([0, 5, 10, 12]);
    expect(out.steps).toBe(12);
    expect(gap(out.history[3].Z, out.Z)).toBe(0);
    expect(z0.to2DArray()).toEqual(z0Before);
    expect(trainTwoLayerNetwork({ X: x, Y: y, r, rule: gd, eta, steps: 3, Z0: z0, W0: w0 }).history).toEqual(
      [],
    );
  });

  it('stops as diverged, with finite factors and loss, when the step size is far too large', () => {
    const x = isotropicInputs(m, N, 'net/iso');
    const out = trainTwoLayerNetwork({ X: x, Y: y, r, B: b, rule: fa, eta: 50, steps: 10_000 });
    expect(out.reason).toBe('diverged');
    expect(out.steps).toBeLessThan(10_000);
    expect(Number.isFinite(out.Z.norm('frobenius') + out.W.norm('frobenius') + out.networkLoss)).toBe(true);
  });

  describe('inputs', () => {
    const x = isotropicInputs(m, N, 'net/iso');
    const base: TwoLayerNetworkOptions = { X: x, Y: y, r, B: b, rule: fa, eta, steps: 1 };
    it.each([
      ['X', { X: new Matrix(3, N) }],
      ['X', { X: x.to2DArray() as unknown as Matrix }],
      ['X', { X: x.clone().set(0, 0, NaN) }],
      ['Y', { Y: Matrix.zeros(n, m).set(1, 2, NaN) }],
      ['Y', { Y: y.to2DArray() as unknown as Matrix }],
      ['r', { r: 0 }],
      ['divergenceFactor', { divergenceFactor: 1 }],
      ['rule', { rule: { ...fa } }],
      ['rule', { rule: 'fa' as unknown as typeof fa }],
      ['eta', { eta: 0 }],
      ['eta', { eta: NaN }],
      ['steps', { steps: -1 }],
      ['recordEvery', { recordEvery: 0.5 }],
      ['B', { B: null }],
      ['B', { B: new Matrix(n + 1, r) }],
      ['Z0', { Z0: new Matrix(n + 1, r) }],
      ['W0', { W0: new Matrix(r, m + 1) }],
      ['Z0', { rule: gd, B: null }],
    ])('names the bad field %s', (parameter, bad) => {
      const call = (): unknown => trainTwoLayerNetwork({ ...base, ...bad });
      expect(call).toThrow(InputError);
      expect(call).toThrow(new RegExp(`^${parameter}(\\[\\d+\\]\\[\\d+\\])?:`));
    });

    it('says what is wrong with a shape in one line, with both shapes', () => {
      const call = (): unknown => trainTwoLayerNetwork({ ...base, B: new Matrix(n + 1, r) });
      expect(call).toThrow(/^B: is 6 x 2, not 5 x 2 \(n x r\)$/);
      expect(() => trainTwoLayerNetwork({ ...base, X: new Matrix(3, N) })).toThrow(
        /^X: is 3 x 12, not 4 x N with N >= 1 \(m x N\)$/,
      );
    });
  });
});
