import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { networkHypotheses } from '../../src/catalogue/networkHypotheses.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import type { NetworkCase } from '../../src/generate/NetworkCase.js';

/** A consistent 2 x 2 instance of rank 2, r = 1, with a small random start (the network claims' hypothesis). */
const instance: FactorizationCase = {
  n: 2,
  m: 2,
  k: 2,
  r: 1,
  s: [1, 0.5],
  spectrum: 'geometric',
  condition: 2,
  Y: new Matrix([
    [1, 0],
    [0, 0.5],
  ]),
  U: Matrix.eye(2),
  V: Matrix.eye(2),
  B: new Matrix([[1], [1]]),
  feedback: 'gaussian',
  Z0: new Matrix([[0.01], [0.02]]),
  W0: new Matrix([[0.03, -0.01]]),
};

const good: NetworkCase = { c: instance, rule: 'fa', extra: 3, inputSeed: 11, varianceLevels: [0, 0, 2] };

describe('networkHypotheses', () => {
  it('accepts a good case, isotropic or (when correlated) with variance levels in -2..2', () => {
    expect(networkHypotheses(good, false)).toEqual([]);
    expect(networkHypotheses({ ...good, rule: 'gd', varianceLevels: [-2, 2] }, true)).toEqual([]);
  });

  it('names the factorization instance that does not meet its hypotheses (a zero start)', () => {
    expect(networkHypotheses({ ...good, c: { ...instance, Z0: null, W0: null } }, false)).toEqual([
      'the start must be small and random',
    ]);
  });

  it('names a rule that is neither gd nor fa, a bad count of extra inputs, and a bad input seed', () => {
    const bad = { ...good, rule: 'sgd', extra: -1, inputSeed: 0.5 } as unknown as NetworkCase;
    expect(networkHypotheses(bad, false)).toEqual([
      'rule sgd is neither gd nor fa',
      'extra inputs -1 is not a whole number',
      'input seed 0.5 is not an integer',
    ]);
    expect(networkHypotheses({ ...good, extra: 1.5 }, false)).toEqual([
      'extra inputs 1.5 is not a whole number',
    ]);
  });

  it('names too few variance levels, levels outside -2..2, and levels other than 0 when isotropic', () => {
    expect(networkHypotheses({ ...good, varianceLevels: [0] }, true)).toEqual([
      '1 input variances for m = 2',
    ]);
    expect(networkHypotheses({ ...good, varianceLevels: [0, 3] }, true)).toEqual([
      'input variance levels must be integers in -2..2',
    ]);
    expect(networkHypotheses({ ...good, varianceLevels: [0.5, 0] }, true)).toEqual([
      'input variance levels must be integers in -2..2',
    ]);
    expect(networkHypotheses({ ...good, varianceLevels: [1, 0] }, false)).toEqual([
      'inputs must be isotropic (every level 0)',
    ]);
    expect(networkHypotheses({ ...good, varianceLevels: [1, 0] }, true)).toEqual([]);
  });
});
