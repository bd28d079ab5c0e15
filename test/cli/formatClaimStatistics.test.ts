import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { formatClaimStatistics } from '../../src/cli/formatClaimStatistics.js';
import { runMain } from '../_support/runMain.js';

const base: ClaimResult = {
  claim: 'c',
  expected: 'refuted',
  outcome: 'refuted',
  runs: 3,
  seed: 7,
  seconds: 0.1,
  stats: { square: 2, tall: 1 },
  counterexample: { n: 1, m: 1, rankY: 1, r: 1, violation: 0.5, tolerance: 0.001, margin: 500 },
};
const step = (size: string, violation: number) => ({ size, violation, tolerance: 0.001 });

describe('formatClaimStatistics', () => {
  it('is empty without statistics', () => {
    expect(formatClaimStatistics(base)).toBe('');
  });

  it('gives sizes in order, regimes, the tightest pass, and the shrink trajectory with repeats counted', () => {
    const text = formatClaimStatistics({
      ...base,
      statistics: {
        sizes: { '3 x 2': 1, '1 x 1': 1, '3 x 1': 1 },
        tightest: { ...step('3 x 1', 0.0005), margin: 0.5 },
        unshrunk: step('3 x 2', 2),
        shrinkTrajectory: [step('2 x 2', 1), step('2 x 2', 1), step('1 x 1', 0.25)],
      },
    });
    expect(text).toBe(
      [
        'statistics of c:',
        '  sizes (n x m): 1x1 1, 3x1 1, 3x2 1',
        '  regimes: square 2, tall 1',
        '  tightest pass: violation 5e-4 against tolerance 0.001 (margin 0.5), at 3x1',
        '  first failure (unshrunk): 3x2, violation 2 > tol 0.001',
        '  shrink trajectory (3 steps): 3x2 2 -> 2x2 1 (x2) -> 1x1 0.25',
        '  shrunk and simplified: 1x1, violation 0.5 > tol 0.001',
        '',
      ].join('\n'),
    );
  });

  it('elides the middle of a long trajectory and says when no input passed', () => {
    const steps = Array.from({ length: 30 }, (_, i) => step('2 x 2', 30 - i));
    const text = formatClaimStatistics({
      ...base,
      statistics: { sizes: {}, unshrunk: step('2 x 2', 40), shrinkTrajectory: steps },
    });
    expect(text).toContain('sizes (n x m): none judged');
    expect(text).toContain('tightest pass: no input passed');
    expect(text).toContain(
      'shrink trajectory (30 steps): 2x2 40 -> 2x2 30 -> 2x2 29 -> 2x2 28 -> 2x2 27 -> 2x2 26 -> 2x2 25 -> ... -> 2x2 6 -> ',
    );
    expect(text).toContain('-> 2x2 1\n');
  });

  it('check --stats and verify --stats print them; --json carries them', async () => {
    const check = await runMain('check', 'fa-converges-for-any-step-size', '--stats', '--no-fixtures');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^statistics of fa-converges-for-any-step-size:$/m);
    expect(check.stdout).toMatch(/^ {2}shrink trajectory \(\d+ steps\): /m);
    const verify = await runMain(
      'verify',
      '--only',
      'fa-limit-closed-form',
      '--runs',
      '5',
      '--stats',
      '--no-fixtures',
      '--json',
    );
    const [result] = JSON.parse(verify.stdout) as ClaimResult[];
    expect(Object.values(result.statistics?.sizes ?? {}).reduce((a, b) => a + b, 0)).toBe(5);
  });
});
