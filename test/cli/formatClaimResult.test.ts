import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { formatClaimResult } from '../../src/cli/formatClaimResult.js';

const base: ClaimResult = {
  claim: 'fa-flow-invariant',
  expected: 'holds',
  outcome: 'holds',
  runs: 10,
  seed: 7,
  seconds: 1.5,
  stats: { flow: 6, discrete: 4 },
};

const counterexample = { n: 2, m: 3, rankY: 2, r: 1, violation: 0.5, tolerance: 0.01, margin: 50 };

describe('formatClaimResult: errors, skipped inputs and counterexamples', () => {
  it('shows an error as ERROR, never as a verdict, with what went wrong and the input that erred', () => {
    const text = formatClaimResult({
      ...base,
      outcome: 'error',
      error: 'the flow integrator stopped (budget)',
      counterexample,
      shrinks: 3,
    });
    expect(text.split('\n')).toEqual([
      'fa-flow-invariant: ERROR (expected holds, an error is not a verdict)',
      '  10 runs, seed 7, 1.50 s',
      '  regimes: flow 6, discrete 4',
      '  counterexample: 2 x 3, rank(Y) 2, r 1, error: the flow integrator stopped (budget) (margin 50, 3 shrinks)',
      '  error: the flow integrator stopped (budget)',
      '',
    ]);
  });

  it('says how many inputs outside the hypotheses were skipped, and counts no shrinks when none are recorded', () => {
    const text = formatClaimResult({ ...base, outcome: 'refuted', skipped: 4, counterexample });
    const lines = text.split('\n');
    expect(lines[0]).toBe('fa-flow-invariant: refuted (expected holds, NOT AS EXPECTED)');
    expect(lines[1]).toBe('  10 runs (4 inputs outside the hypotheses skipped), seed 7, 1.50 s');
    expect(lines[3]).toBe(
      '  counterexample: 2 x 3, rank(Y) 2, r 1, violation 0.5 > tol 0.01 (margin 50, 0 shrinks)',
    );
  });

  it('says as expected, with no counterexample and no error line, for a claim that held as expected', () => {
    expect(formatClaimResult(base)).toBe(
      'fa-flow-invariant: holds (expected holds, as expected)\n  10 runs, seed 7, 1.50 s\n  regimes: flow 6, discrete 4\n',
    );
  });
});
