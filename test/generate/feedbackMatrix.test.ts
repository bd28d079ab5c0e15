import fc from 'fast-check';
import type { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import type { FeedbackFamily } from '../../src/generate/FeedbackFamily.js';
import { feedbackMatrix } from '../../src/generate/feedbackMatrix.js';
import { gaussianArbitrary } from '../../src/generate/gaussianArbitrary.js';
import { orthonormalFrame } from '../../src/generate/orthonormalFrame.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
} from '../_support/arbitraryAssertions.js';
import { expectFeedbackFamily } from '../_support/factorizationCaseInvariants.js';

const STRIDE = 6;
const FAMILIES: readonly FeedbackFamily[] = [
  'gaussian',
  'orthonormal',
  'repeated-column',
  'orthogonal-to-target',
];

interface Drawn {
  readonly family: FeedbackFamily;
  readonly n: number;
  readonly r: number;
  readonly u: Matrix;
  readonly b: Matrix;
}

const gaussians = fc.array(gaussianArbitrary(), { minLength: STRIDE * STRIDE, maxLength: STRIDE * STRIDE });

/** Feedback of one family for a frame `U` (`n x k`), from shrinkable parts as the case generator draws it. */
const feedback = (family: FeedbackFamily): fc.Arbitrary<Drawn> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: STRIDE }),
      r: fc.integer({ min: 1, max: STRIDE }),
      kRaw: fc.integer({ min: 0, max: STRIDE - 1 }),
      gU: gaussians,
      gB: gaussians,
    })
    .map(({ n, r, kRaw, gU, gB }) => {
      const u = orthonormalFrame(n, Math.min(n, 1 + kRaw), gU, STRIDE);
      return { family, n, r, u, b: feedbackMatrix(family, n, r, gB, STRIDE, u) };
    });

describe.each(FAMILIES)('feedbackMatrix (%s)', (family) => {
  const arb = feedback(family);
  const seed = 50 + FAMILIES.indexOf(family);

  it('gives bitwise the same B for the same seed, another B for another', () => {
    assertSampleSameGivenSameSeed(arb, seed, 10);
  });

  it('gives the same B and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(arb, { seed, numRuns: 5, depth: 8 });
  });

  it("is n x r with its family's defining property, for every value and every shrink", () => {
    assertProduceCorrectValues(
      arb,
      (d) => {
        expect([d.b.rows, d.b.columns]).toEqual([d.n, d.r]);
        expectFeedbackFamily(d.b, d.family, d.u, `${d.family} ${d.n}x${d.r}, k=${d.u.columns}`);
      },
      { seed, numRuns: 30, depth: 8 },
    );
  });
});
