import { describe, expect, it } from 'vitest';
import { solveReport } from '../../src/cli/solveReport.js';
import { InputError } from '../../src/linalg/InputError.js';

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

  it('throws an InputError on bad input', () => {
    expect(() => solveReport({ ...input, eta: -1 })).toThrow(InputError);
  });
});
