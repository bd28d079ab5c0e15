import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorizationCaseArbitrary } from '../../src/generate/factorizationCaseArbitrary.js';
import { faLimit } from '../../src/theory/faLimit.js';

// Failed before the fix in src/theory/faLimit.ts: B^T Y = 0 up to rounding (~1e-16) is given full dimension,
// because the rank threshold of B^T Y is relative to its own largest singular value.
describe('faLimit with feedback orthogonal to the target (B^T Y = 0, so S = {0})', () => {
  it('is dimension 0 with loss ||Y||_F^2 and product 0', () => {
    fc.assert(
      fc.property(factorizationCaseArbitrary({ maxSide: 6, feedback: ['orthogonal-to-target'] }), (c) => {
        const limit = faLimit(c.Y, c.B);
        const yy = c.Y.norm('frobenius') ** 2;
        expect(limit.dimension).toBe(0);
        expect(Math.abs(limit.loss - yy)).toBeLessThanOrEqual(1e-12 * yy);
      }),
      { seed: 11, numRuns: 30 },
    );
  });
});
