import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { briefCounterexample, formatFigure } from '../../src/report/briefCounterexample.js';
import { toJUnitXml } from '../../src/report/toJUnitXml.js';

const counterexample = { n: 2, m: 3, rankY: 2, r: 1, violation: 0.123456, tolerance: 1e-8, margin: 1.2e7 };

const result = (over: Partial<ClaimResult>): ClaimResult => ({
  claim: 'gd-reaches-optimum',
  expected: 'holds',
  outcome: 'refuted',
  runs: 4,
  seed: 7,
  seconds: 0.5,
  stats: {},
  ...over,
});

describe('formatFigure and briefCounterexample', () => {
  it('writes numbers in four significant digits and anything else as text', () => {
    expect(formatFigure(0.123456)).toBe('0.1235');
    expect(formatFigure('n/a')).toBe('n/a');
    expect(formatFigure(null)).toBe('null');
  });

  it('is empty without a counterexample, gives sides and violation for a refutation', () => {
    expect(briefCounterexample(result({}))).toBe('');
    expect(briefCounterexample(result({ counterexample }))).toBe(
      '2 x 3, rank(Y) 2, r 1, violation 0.1235 > tol 1e-8',
    );
  });

  it('names the first plain fields of an input that is no factorization instance', () => {
    const plain = {
      x: 10,
      label: 'a',
      M: [[1]],
      violation: 1,
      tolerance: 0,
      margin: 1,
    } as unknown as ClaimResult['counterexample'];
    expect(briefCounterexample(result({ counterexample: plain }))).toBe('x 10, label a, violation 1 > tol 0');
    const bare = { violation: 1, tolerance: 0, margin: 1 } as unknown as ClaimResult['counterexample'];
    expect(briefCounterexample(result({ counterexample: bare }))).toBe('an input, violation 1 > tol 0');
  });

  it('gives the error of an erring input, or says it is unknown when none was recorded', () => {
    expect(briefCounterexample(result({ outcome: 'error', counterexample, error: 'diverged' }))).toBe(
      '2 x 3, rank(Y) 2, r 1, error: diverged',
    );
    expect(briefCounterexample(result({ outcome: 'error', counterexample }))).toBe(
      '2 x 3, rank(Y) 2, r 1, error: unknown',
    );
  });
});

describe('toJUnitXml of results without a replay record or an error message', () => {
  it('names the outcome as the message of an error with no message', () => {
    const xml = toJUnitXml([result({ outcome: 'inconclusive' })]);
    expect(xml).toContain('<error message="inconclusive" type="inconclusive">inconclusive</error>');
  });

  it('reports an unexpected outcome without a counterexample or a replay by the outcomes alone', () => {
    const xml = toJUnitXml([result({ expected: 'refuted', outcome: 'holds' })]);
    expect(xml).toContain(
      '<failure message="expected refuted, got holds" type="unexpected-outcome">expected refuted, got holds</failure>',
    );
    expect(xml).not.toContain('<system-out>');
    expect(xml).not.toContain('name="replay"');
  });
});
