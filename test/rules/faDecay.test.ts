import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { solve } from '../../src/solve/solve.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const relGap = (a: Matrix, b: Matrix): number => Matrix.sub(a, b).norm('frobenius') / b.norm('frobenius');

describe('weight decay keeps the exact reductions of fa and gd', () => {
  const n = 14;
  const m = 12;
  const r = 2;
  const y = seededLowRank(n, m, 3, 'decay');
  const b = seededMatrix(n, r, 'decay B', 1 / Math.sqrt(n));
  const common = { Y: y, r, eta: 0.3, lambda: 0.04, steps: 500 };

  it('fa with decay from zero, feedback-reduced, is the full run to 1e-10', () => {
    const reduced = solve({ ...common, rule: fa, B: b });
    const full = solve({ ...common, rule: fa, B: b, reduce: false });
    expect(reduced.subspace?.kind).toBe('feedback');
    expect(relGap(reduced.Z.mmul(reduced.W), full.Z.mmul(full.W))).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(reduced.loss - full.loss)).toBeLessThanOrEqual(1e-10);
  });

  it('gd with decay, range-reduced, is the full run to 1e-10', () => {
    const init = { scale: 0.01, seed: 'decay init' };
    const reduced = solve({ ...common, rule: gd, init });
    const full = solve({ ...common, rule: gd, init, reduce: false });
    expect(reduced.subspace?.kind).toBe('range');
    expect(relGap(reduced.Z.mmul(reduced.W), full.Z.mmul(full.W))).toBeLessThanOrEqual(1e-10);
  });

  it('decay shrinks the product: with lambda the end loss is above the undecayed one', () => {
    const decayed = solve({ ...common, rule: fa, B: b });
    const plain = solve({ ...common, lambda: 0, rule: fa, B: b });
    expect(decayed.loss - plain.loss).toBeGreaterThanOrEqual(1e-6);
  });
});
