import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import { replayPathFails } from '../../src/cli/checkReplayPath.js';

/** A claim whose one input, 5, has violation `violation` against tolerance 1. */
function constantClaim(expected: 'holds' | 'refuted', violation: number): Claim<number> {
  return {
    id: 'constant',
    expected,
    statement: 'toy',
    hypotheses: [],
    regimes: [],
    arbitrary: () => fc.constant(5),
    unmetHypotheses: () => [],
    evaluate: () => evaluation(violation, 1, {}),
    classify: () => [],
    describe: (x) => ({ n: x, m: 1, rankY: 1, r: 1 }),
  };
}

const at = { seed: 7, maxSize: 2, path: '0' };

describe('replayPathFails counts failures as checkClaim does', () => {
  it('a marginal violation fails a claim expected to hold, not one expected to be refuted', () => {
    expect(replayPathFails(constantClaim('holds', 2), at)).toBe(true);
    expect(replayPathFails(constantClaim('refuted', 2), at)).toBe(false);
  });

  it('a decisive violation fails either; a pass fails neither', () => {
    expect(replayPathFails(constantClaim('refuted', 100), at)).toBe(true);
    expect(replayPathFails(constantClaim('holds', 100), at)).toBe(true);
    expect(replayPathFails(constantClaim('holds', 0.5), at)).toBe(false);
  });
});
