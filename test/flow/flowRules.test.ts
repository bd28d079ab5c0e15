import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { integrateFlow } from '../../src/flow/integrateFlow.js';
import { InputError } from '../../src/linalg/InputError.js';
import { fa } from '../../src/rules/fa.js';
import { kp } from '../../src/rules/kp.js';
import type { LearningRule } from '../../src/rules/LearningRule.js';
import { mixed } from '../../src/rules/mixed.js';
import { sign } from '../../src/rules/sign.js';
import { flowAt } from '../_support/flowAt.js';
import { seededMatrix } from '../_support/seededMatrix.js';

const n = 5;
const m = 4;
const r = 2;
const y = seededMatrix(n, m, 'flow-rules-Y');
const b = seededMatrix(n, r, 'flow-rules-B', 1 / Math.sqrt(n));
const z = seededMatrix(n, r, 'flow-rules-Z');
const w = seededMatrix(r, m, 'flow-rules-W');

/** The right-hand side at (z, w) from the kernel, as matrices. */
const evaluate = (rule: LearningRule): { dz: Matrix; dw: Matrix } => flowAt(rule, y, b, z, w);

describe('the flows of the new rules', () => {
  const e = z.mmul(w).sub(y);
  it.each([
    ['fa with decay', fa.withValues({ lambda: 0.3 }), b, 0.3],
    [
      'mixed, rho = 0.4',
      mixed.withValues({ rho: 0.4 }),
      Matrix.add(z.clone().mul(0.4), b.clone().mul(0.6)),
      0,
    ],
    [
      'mixed with decay',
      mixed.withValues({ rho: 0.7, lambda: 0.1 }),
      Matrix.add(z.clone().mul(0.7), b.clone().mul(0.3)),
      0.1,
    ],
  ] as const)('%s: dZ/dt = -E W^T - lambda Z, dW/dt = -M^T E - lambda W', (_name, rule, back, lambda) => {
    const { dz, dw } = evaluate(rule);
    const dzWant = e.mmul(w.transpose()).add(z.clone().mul(lambda)).mul(-1);
    const dwWant = back.transpose().mmul(e).add(w.clone().mul(lambda)).mul(-1);
    expect(dz.clone().sub(dzWant).norm('frobenius')).toBeLessThanOrEqual(1e-12);
    expect(dw.clone().sub(dwWant).norm('frobenius')).toBeLessThanOrEqual(1e-12);
  });

  it('the fa flow with decay settles where its right-hand side vanishes, short of Y', () => {
    const run = integrateFlow({
      Y: y,
      B: b,
      rule: fa.withValues({ lambda: 0.2 }),
      r,
      tEnd: 400,
      rtol: 1e-10,
    });
    const e2 = run.Z.mmul(run.W).sub(y);
    const dz = e2.mmul(run.W.transpose()).add(run.Z.clone().mul(0.2));
    expect(dz.norm('frobenius')).toBeLessThanOrEqual(1e-6);
    expect(e2.norm('frobenius')).toBeGreaterThanOrEqual(1e-3);
  });

  it.each([
    ['kp', kp.withValues({ lambda: 0.1 })],
    ['sign', sign],
  ] as const)('refuses %s, naming the rule', (name, rule) => {
    const attempt = () => integrateFlow({ Y: y, B: b, Z0: z, W0: w, rule, r, tEnd: 1 });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(`rule: has no flow here`);
    expect(attempt).toThrow(`"${name}"`);
  });
});
