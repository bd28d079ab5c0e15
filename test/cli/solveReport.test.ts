import { describe, expect, it } from 'vitest';
import { solveReport } from '../../src/cli/solveReport.js';
import { Matrix } from 'ml-matrix';
import { InputError } from '../../src/linalg/InputError.js';
import { fa } from '../../src/rules/fa.js';
import { solve } from '../../src/solve/solve.js';

describe('solveReport', () => {
  const input = {
    Y: [
      [3, 0],
      [0, 1],
    ],
    r: 1,
    rule: 'fa',
    eta: 0.1,
    B: [[0.5], [0.3]],
    maxSteps: 20000,
  };

  it('puts the oracles beside the result, consistently', () => {
    const report = solveReport(input);
    expect([report.rule, report.n, report.m, report.r]).toEqual(['fa', 2, 2, 1]);
    expect(report.reason).toBe('stationary');
    expect(Math.abs(report.optimalLoss - 1)).toBeLessThanOrEqual(1e-12);
    const faLimitLoss = report.faLimitLoss ?? Number.NaN;
    expect(Math.abs(report.loss - faLimitLoss)).toBeLessThanOrEqual(1e-9 * faLimitLoss);
    // product = Z W, and loss = ||product - Y||^2
    const zw = report.Z.map((zi) => report.W[0].map((wj) => zi[0] * wj));
    expect(report.product).toEqual(zw);
    const direct = report.product.flat().reduce((acc, v, i) => acc + (v - input.Y.flat()[i]) ** 2, 0);
    expect(Math.abs(direct - report.loss)).toBeLessThanOrEqual(1e-12);
    expect(report.alignment ?? Number.NaN).toBeGreaterThan(0);
  });

  it("is the library's solve, field for field, with matrices as rows (one shape for both)", () => {
    const { Y, B, rule, ...rest } = input;
    const solution = solve({ ...rest, rule: fa, Y: new Matrix(Y), B: new Matrix(B) });
    const report = solveReport(input);
    expect(solution.rule).toBe(rule);
    const { Z, W, ...scalars } = solution;
    const { Z: rz, W: rw, product, ...reportScalars } = report;
    expect(reportScalars).toEqual(scalars);
    expect([rz, rw, product]).toEqual([Z.to2DArray(), W.to2DArray(), Z.mmul(W).to2DArray()]);
    expect(Math.abs(solution.optimalLoss - 1)).toBeLessThanOrEqual(1e-12);
    expect(solution.faLimitLoss ?? Number.NaN).toBeGreaterThan(0);
    expect(solution.alignment ?? Number.NaN).toBeGreaterThan(0);
  });

  it('throws an InputError on bad input', () => {
    expect(() => solveReport({ ...input, eta: -1 })).toThrow(InputError);
  });
});
