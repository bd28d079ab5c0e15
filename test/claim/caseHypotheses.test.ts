import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { caseHypotheses, genericFeedbackProblems } from '../../src/claim/caseHypotheses.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';

/**
 * A consistent hand-made instance: `Y = diag(1, s2)` (2 x 2, rank 2), `U = V = I`, `r = 1`, the feedback
 * `B = [1; 1]` (generic: it meets both singular vectors), a zero start; `over` replaces fields.
 */
function instance(over: Partial<FactorizationCase> = {}, s2 = 0.5): FactorizationCase {
  return {
    n: 2,
    m: 2,
    k: 2,
    r: 1,
    s: [1, s2],
    spectrum: 'geometric',
    condition: 1 / s2,
    Y: new Matrix([
      [1, 0],
      [0, s2],
    ]),
    U: Matrix.eye(2),
    V: Matrix.eye(2),
    B: new Matrix([[1], [1]]),
    feedback: 'gaussian',
    Z0: null,
    W0: null,
    ...over,
  };
}

const any = caseHypotheses();

describe('caseHypotheses: consistency', () => {
  it('accepts a consistent instance, with a zero or a small random start', () => {
    expect(any(instance())).toEqual([]);
    const start = { Z0: new Matrix([[0.01], [0.02]]), W0: new Matrix([[0.03, -0.01]]) };
    expect(any(instance(start))).toEqual([]);
  });

  it.each<[string, Partial<FactorizationCase>]>([
    ['a side of 0', { n: 0 }],
    ['a fractional rank', { k: 1.5 }],
    ['a NaN inner dimension', { r: Number.NaN }],
  ])('refuses %s at once, with nothing else', (_label, over) => {
    expect(any(instance(over))).toEqual(['n, m, k, r must be integers >= 1']);
  });

  it('names each part of the wrong shape, and a rank beyond the sides', () => {
    const unmet = any(
      instance({ k: 3, s: [1, 0.5, 0.25], B: new Matrix([[1, 2]]), W0: new Matrix([[1, 1]]) }),
    );
    expect(unmet).toContain('rank 3 exceeds the sides 2 x 2');
    expect(unmet).toContain('U is 2 x 2, not 2 x 3');
    expect(unmet).toContain('V is 2 x 2, not 2 x 3');
    expect(unmet).toContain('B is 1 x 2, not 2 x 1');
    expect(unmet).toContain('Z0 and W0 must be given together');
    expect(unmet).not.toContain('3 singular values for rank 3');
  });

  it('names a non-finite entry and a spectrum of the wrong length', () => {
    expect(any(instance({ Z0: new Matrix([[Number.NaN], [0]]), W0: new Matrix([[0, 0]]) }))).toEqual([
      'Z0 has a non-finite entry',
    ]);
    expect(any(instance({ s: [1] }))).toEqual(['1 singular values for rank 2']);
  });

  it('refuses a spectrum that is not positive and non-increasing, or not normalised', () => {
    expect(any(instance({ s: [0.5, 1] }))).toContain('singular values must be positive and non-increasing');
    expect(any(instance({ s: [1, 0] }))).toContain('singular values must be positive and non-increasing');
    const scaled = instance({
      s: [2, 0.5],
      Y: new Matrix([
        [2, 0],
        [0, 0.5],
      ]),
    });
    expect(any(scaled)).toEqual(['s1 = 2, not 1 (targets are normalised)']);
  });

  it('refuses frames that are not orthonormal, and Y other than U diag(s) V^T', () => {
    const skew = new Matrix([
      [1, 0.1],
      [0, 1],
    ]);
    expect(any(instance({ U: skew }))).toEqual(['U is not orthonormal']);
    expect(any(instance({ V: skew }))).toEqual(['V is not orthonormal']);
    expect(
      any(
        instance({
          Y: new Matrix([
            [1, 0],
            [0, 0.4],
          ]),
        }),
      ),
    ).toEqual(['Y differs from U diag(s) V^T']);
  });
});

describe('caseHypotheses: what a claim asks', () => {
  it('checks the rank relation both ways', () => {
    expect(caseHypotheses({ rank: 'r>=k' })(instance())).toEqual(['r = 1 < rank(Y) = 2']);
    expect(caseHypotheses({ rank: 'r<k' })(instance())).toEqual([]);
    const full = instance({ r: 2, B: Matrix.eye(2) });
    expect(caseHypotheses({ rank: 'r<k' })(full)).toEqual(['r = 2 >= rank(Y) = 2']);
    expect(caseHypotheses({ rank: 'r>=k' })(full)).toEqual([]);
  });

  it('checks the start both ways', () => {
    const random = instance({ Z0: new Matrix([[0.01], [0.02]]), W0: new Matrix([[0.03, -0.01]]) });
    expect(caseHypotheses({ start: 'zero' })(random)).toEqual(['the start must be zero']);
    expect(caseHypotheses({ start: 'zero' })(instance())).toEqual([]);
    expect(caseHypotheses({ start: 'small-random' })(instance())).toEqual([
      'the start must be small and random',
    ]);
    expect(caseHypotheses({ start: 'small-random' })(random)).toEqual([]);
  });

  it('checks a spectral gap at r only when r < rank(Y)', () => {
    expect(caseHypotheses({ gapRatio: 0.4 })(instance())).toEqual(['no gap at r: s_2 / s_1 = 0.500 > 0.4']);
    expect(caseHypotheses({ gapRatio: 0.5 })(instance())).toEqual([]);
    expect(caseHypotheses({ gapRatio: 0.1 })(instance({ r: 2, B: Matrix.eye(2) }))).toEqual([]);
  });

  it('checks the condition number against its bound', () => {
    expect(caseHypotheses({ maxCondition: 1.5 })(instance())).toEqual(['condition 2.00 > 1.5']);
    expect(caseHypotheses({ maxCondition: 2 })(instance())).toEqual([]);
  });

  it('checks a generic feedback when asked, and only then', () => {
    const blind = instance({ B: new Matrix([[1], [0]]) }); // orthogonal to the second singular vector
    expect(any(blind)).toEqual([]);
    const unmet = caseHypotheses({ genericB: true })(blind);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatch(/^B not generic: \|\|B\^T u_i\|\| = 0\.00 < 0\.001/);
    expect(caseHypotheses({ genericB: true })(instance())).toEqual([]);
  });
});

describe('genericFeedbackProblems', () => {
  it('calls a zero feedback zero', () => {
    expect(genericFeedbackProblems(instance({ B: new Matrix([[0], [0]]) }))).toEqual(['B is zero']);
  });

  it('names a rank-deficient B^T U by its smallest singular value', () => {
    const twice = instance({
      r: 2,
      B: new Matrix([
        [1, 1],
        [1, 1],
      ]),
    }); // rank(B^T U) = 1 < min(r, k)
    const unmet = genericFeedbackProblems(twice);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatch(/^B not generic: smallest singular value of B\^T U is /);
  });

  it('takes a higher genericity level as asked', () => {
    const tilted = instance({ B: new Matrix([[1], [0.01]]) });
    expect(genericFeedbackProblems(tilted)).toEqual([]);
    const unmet = genericFeedbackProblems(tilted, 0.1);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatch(/^B not generic: \|\|B\^T u_i\|\| = 0\.0100 < 0\.1 /);
  });
});

describe('genericFeedbackProblems on an empty feedback', () => {
  it('calls a feedback with no columns (r = 0, no singular value at all) zero', () => {
    expect(genericFeedbackProblems(instance({ r: 0, B: new Matrix(2, 0) }))).toEqual(['B is zero']);
  });
});
