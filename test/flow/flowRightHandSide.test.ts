import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { flowRightHandSide } from '../../src/flow/flowRightHandSide.js';
import { toDense } from '../../src/linalg/Dense.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';
import { seededMatrix } from '../_support/seededMatrix.js';

const n = 5;
const m = 4;
const r = 2;
const y = seededMatrix(n, m, 'rhs-Y');
const b = seededMatrix(n, r, 'rhs-B', 1 / Math.sqrt(n));
const z = seededMatrix(n, r, 'rhs-Z');
const w = seededMatrix(r, m, 'rhs-W');

/** The right-hand side at (z, w), from the rule's kernel, as matrices. */
function evaluate(rule: typeof fa): { dz: Matrix; dw: Matrix } {
  const zeros = new Float64Array(n * r + r * m);
  const ws = createStepWorkspace(n, m, r, toDense(y).data, zeros, zeros, toDense(b).data);
  const f = flowRightHandSide(ws, rule);
  const x = new Float64Array(n * r + r * m);
  x.set(toDense(z).data);
  x.set(toDense(w).data, n * r);
  const dxdt = new Float64Array(x.length);
  f(0, x, dxdt);
  return {
    dz: Matrix.from1DArray(n, r, dxdt.subarray(0, n * r)),
    dw: Matrix.from1DArray(r, m, dxdt.subarray(n * r)),
  };
}

describe('flowRightHandSide', () => {
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
