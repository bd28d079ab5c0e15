import { describe, expect, it } from 'vitest';
import { formatSolveSummary } from '../../src/cli/formatSolveSummary.js';
import type { SolveReport } from '../../src/cli/solveReport.js';

const report: SolveReport = {
  rule: 'fa',
  n: 2,
  m: 3,
  r: 1,
  loss: 0.5,
  optimalLoss: 0.25,
  product: [],
  Z: [],
  W: [],
  steps: 7,
  reason: 'stationary',
  alignment: 0.75,
  faLimitLoss: 0.5,
  kernels: 'js',
};

describe('formatSolveSummary', () => {
  it('names the rule, shape, stop, losses and alignment', () => {
    const text = formatSolveSummary(report);
    expect(text).toContain('rule fa, Y 2 x 3, r = 1 (js kernels)');
    expect(text).toContain('stopped: stationary after 7 steps');
    expect(text).toContain('0.500000');
    expect(text).toContain('0.250000');
    expect(text).toContain('alignment a(Z, B)    0.750000');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says when the run was reduced to a subspace', () => {
    expect(formatSolveSummary({ ...report, subspace: { rows: 3, cols: 2, kind: 'feedback' } })).toContain(
      'stopped: stationary after 7 steps (in a 3 x 2 subspace, feedback reduction)',
    );
    expect(formatSolveSummary({ ...report, subspace: { rows: 4, cols: 5, kind: 'range' } })).toContain(
      'stopped: stationary after 7 steps (in a 4 x 5 subspace, range reduction)',
    );
    expect(formatSolveSummary(report)).not.toContain('subspace');
  });

  it('omits the FA lines without B', () => {
    const gdReport: SolveReport = { ...report, rule: 'gd', alignment: undefined, faLimitLoss: undefined };
    const text = formatSolveSummary(gdReport);
    expect(text).not.toContain('FA limit');
    expect(text).not.toContain('alignment');
  });
});
