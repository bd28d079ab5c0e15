import { Matrix } from 'ml-matrix';
import { flowRightHandSide } from '../../src/flow/flowRightHandSide.js';
import { toDense } from '../../src/linalg/Dense.js';
import type { LearningRule } from '../../src/rules/LearningRule.js';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';

/** The right-hand side of `rule`'s flow at `(z, w)` for target `y` and feedback `b`, from the kernel, as matrices. */
export function flowAt(
  rule: LearningRule,
  y: Matrix,
  b: Matrix,
  z: Matrix,
  w: Matrix,
): { dz: Matrix; dw: Matrix } {
  const [n, m, r] = [y.rows, y.columns, z.columns];
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
