import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, unfinished, type Claim, type Evaluation } from '../../src/claim/Claim.js';
import { DECISIVE_MULTIPLE, isDecisive } from '../../src/claim/isDecisive.js';
import { judgeInput } from '../../src/claim/judgeInput.js';

/** A claim on numbers whose hypotheses and evaluation are the given functions. */
function claimOf(
  evaluate: (x: number) => Evaluation,
  unmetHypotheses: (x: number) => readonly string[] = () => [],
): Claim<number> {
  return {
    id: 'toy',
    expected: 'holds',
    statement: 'toy',
    hypotheses: [],
    regimes: [],
    arbitrary: () => fc.integer(),
    unmetHypotheses,
    evaluate,
    classify: () => [],
    describe: (x) => ({ n: x, m: 1, rankY: 1, r: 1 }),
  };
}

describe('judgeInput', () => {
  it('is outside, with the unmet hypotheses joined, and evaluates nothing', () => {
    let evaluated = false;
    const claim = claimOf(
      () => {
        evaluated = true;
        return evaluation(0, 1, {});
      },
      () => ['x even', 'x small'],
    );
    expect(judgeInput(claim, 3)).toEqual({ kind: 'outside', message: 'x even; x small' });
    expect(evaluated).toBe(false);
  });

  it('is an error, with the first line of what was thrown, when the hypothesis check or the evaluation throws', () => {
    const throwsString = claimOf(
      () => evaluation(0, 1, {}),
      () => {
        throw 'not an Error\nsecond line';
      },
    );
    expect(judgeInput(throwsString, 1)).toEqual({
      kind: 'error',
      message: 'hypothesis check threw: not an Error',
    });
    const throwsError = claimOf(() => {
      throw new Error('diverged\nat step 3');
    });
    expect(judgeInput(throwsError, 1)).toEqual({ kind: 'error', message: 'evaluation threw: diverged' });
    const throwsNumber = claimOf(() => {
      throw 42;
    });
    expect(judgeInput(throwsNumber, 1)).toEqual({ kind: 'error', message: 'evaluation threw: 42' });
  });

  it('is an error when the evaluation could not finish, whatever its numbers', () => {
    const ev = unfinished('the integrator stopped (budget)', { steps: 10 });
    expect(
      judgeInput(
        claimOf(() => ev),
        1,
      ),
    ).toEqual({
      kind: 'error',
      evaluation: ev,
      message: 'the integrator stopped (budget)',
    });
  });

  it.each([
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    [0.5, Number.NaN],
    [0.5, Number.NEGATIVE_INFINITY],
    [0.5, -1],
  ])('is an error for violation %s against tolerance %s', (violation, tolerance) => {
    const j = judgeInput(
      claimOf(() => evaluation(violation, tolerance, {})),
      1,
    );
    expect(j.kind).toBe('error');
    expect(j.message).toBe(`non-finite evaluation: violation ${violation}, tolerance ${tolerance}`);
  });

  it('passes within the tolerance, is marginal up to DECISIVE_MULTIPLE tolerances past it, decisive beyond', () => {
    const judge = (violation: number): string =>
      judgeInput(
        claimOf(() => evaluation(violation, 0.1, {})),
        1,
      ).kind;
    expect(judge(0.1)).toBe('pass');
    expect(judge(0.10001)).toBe('marginal');
    expect(judge(DECISIVE_MULTIPLE * 0.1)).toBe('marginal');
    expect(judge(DECISIVE_MULTIPLE * 0.1 + 1e-9)).toBe('decisive');
    expect(isDecisive(2, 0)).toBe(true);
    expect(isDecisive(Number.POSITIVE_INFINITY, 0)).toBe(false);
    expect(isDecisive(5, -0.1)).toBe(false);
  });
});
