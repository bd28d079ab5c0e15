import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation } from '../../src/claim/Claim.js';
import { defineClaim } from '../../src/catalogue/defineClaim.js';
import { expectClaim } from '../../src/testing/expectClaim.js';

const claimOf = (expected: 'holds' | 'refuted') =>
  defineClaim({
    id: 'below-ten',
    expected,
    statement: 'every integer up to 1000 is below 10',
    arbitrary: () => fc.integer({ min: 0, max: 1000 }),
    evaluate: (x) => evaluation(Math.max(0, x - 9), 0, { x }),
  });

/** The message `expectClaim` throws with, or '' when it returns. */
function thrown(f: () => unknown): string {
  try {
    f();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('expectClaim', () => {
  it('returns the result of a claim that comes out as expected (seed 7, 100 cases, sides up to 8 by default)', () => {
    const result = expectClaim(claimOf('refuted'));
    expect([result.outcome, result.seed, result.counterexample?.x]).toEqual(['refuted', 7, 10]);
    expect(expectClaim(claimOf('refuted'), { seed: 3, runs: 5 }).seed).toBe(3);
  });

  it('throws on an unexpected outcome, with the counterexample and the replay command', () => {
    const message = thrown(() => expectClaim(claimOf('holds'), { claimsFile: 'claims/below.mjs' }));
    expect(message).toMatch(/^below-ten: refuted \(expected holds\) after \d+ runs, seed 7$/m);
    expect(message).toMatch(/^counterexample: input 10, x 10, violation 1 > tol 0 \(\d+ shrinks\)$/m);
    expect(message).toMatch(
      /^replay: fa-verify check below-ten --replay [\w-]+ --claims claims\/below\.mjs$/m,
    );
    expect(message).not.toContain('stored:');
  });

  it('stores the counterexample when given a fixture folder, and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-expect-'));
    const message = thrown(() => expectClaim(claimOf('holds'), { fixtures: dir }));
    const [file] = readdirSync(join(dir, 'below-ten'));
    expect(message).toContain(`stored: ${join(dir, 'below-ten', file)}`);
  });

  it('throws on an error, which is never the expected outcome', () => {
    const broken = defineClaim({ ...claimOf('holds'), evaluate: () => evaluation(Number.NaN, 0, {}) });
    expect(thrown(() => expectClaim(broken, { runs: 3 }))).toMatch(/^below-ten: error \(expected holds\)/);
  });
});
