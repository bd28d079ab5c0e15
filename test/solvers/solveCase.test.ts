import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { FA_DIRECT_MAX_SIDE, solveCase } from '../../src/solvers/solveCase.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

describe('solveCase', () => {
  const run = (side: number, rule: typeof fa, reduce?: boolean) => {
    const y = seededLowRank(side, side - 1, 3, `solveCase/${side}`);
    const b = seededMatrix(side, 2, `solveCase/${side}/B`, 1 / Math.sqrt(side));
    const z0 = rule === gd ? seededMatrix(side, 2, `solveCase/${side}/Z0`, 1e-2) : null;
    const w0 = rule === gd ? seededMatrix(2, side - 1, `solveCase/${side}/W0`, 1e-2) : null;
    return solveCase(y, 2, b, z0, w0, {
      rule,
      eta: 0.1,
      stopping: { kind: 'steps', steps: 50 },
      ...(reduce === undefined ? {} : { reduce }),
    });
  };

  it(`runs FA on the full matrices up to side ${FA_DIRECT_MAX_SIDE}, reduced to its feedback subspaces above`, () => {
    expect(run(FA_DIRECT_MAX_SIDE, fa).subspace).toBeUndefined();
    expect(run(FA_DIRECT_MAX_SIDE + 1, fa).subspace).toEqual({ rows: 2, cols: 2, kind: 'feedback' });
  });

  it('runs GD on the full matrices at any side, and anything as told when told', () => {
    expect(run(FA_DIRECT_MAX_SIDE + 1, gd).subspace).toBeUndefined();
    expect(run(FA_DIRECT_MAX_SIDE + 1, fa, false).subspace).toBeUndefined();
    expect(run(8, fa, true).subspace?.kind).toBe('feedback');
  });

  it('the reduced run above the side is the full run to rounding', () => {
    const reduced = run(FA_DIRECT_MAX_SIDE + 8, fa);
    const full = run(FA_DIRECT_MAX_SIDE + 8, fa, false);
    const diff = reduced.Z.clone().sub(full.Z).norm('frobenius') / full.Z.norm('frobenius');
    expect(diff).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(reduced.loss - full.loss)).toBeLessThanOrEqual(1e-13);
  });
});
