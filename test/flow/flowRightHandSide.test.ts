import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { flowAt } from '../_support/flowAt.js';
import type { LearningRule } from '../../src/rules/LearningRule.js';
import { seededMatrix } from '../_support/seededMatrix.js';

const n = 5;
const m = 4;
const r = 2;
const y = seededMatrix(n, m, 'rhs-Y');
const b = seededMatrix(n, r, 'rhs-B', 1 / Math.sqrt(n));
const z = seededMatrix(n, r, 'rhs-Z');
const w = seededMatrix(r, m, 'rhs-W');

/** The right-hand side at (z, w) from the kernel, as matrices. */
const evaluate = (rule: LearningRule): { dz: Matrix; dw: Matrix } => flowAt(rule, y, b, z, w);

describe('flowRightHandSide (through flowAt)', () => {
  const e = z.mmul(w).sub(y); // E = Z W - Y
  const dzExpected = e.mmul(w.transpose()).mul(-1); // -E W^T

  it('gives dZ/dt = -E W^T and dW/dt = -B^T E for FA', () => {
    const { dz, dw } = evaluate(fa);
    expect(dz.clone().sub(dzExpected).norm('frobenius')).toBeLessThanOrEqual(1e-12);
    expect(dw.clone().sub(b.transpose().mmul(e).mul(-1)).norm('frobenius')).toBeLessThanOrEqual(1e-12);
  });

  it('gives dW/dt = -Z^T E for GD', () => {
    const { dz, dw } = evaluate(gd);
    expect(dz.clone().sub(dzExpected).norm('frobenius')).toBeLessThanOrEqual(1e-12);
    expect(dw.clone().sub(z.transpose().mmul(e).mul(-1)).norm('frobenius')).toBeLessThanOrEqual(1e-12);
  });
});
