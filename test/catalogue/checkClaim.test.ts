import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/catalogue/Claim.js';
import { checkClaim, DECISIVE_MULTIPLE } from '../../src/catalogue/checkClaim.js';

/** A toy claim on integers: "x <= limit", with regimes by parity. */
function toyClaim(expected: 'holds' | 'refuted', limit: number): Claim<number> {
  return {
    id: 'toy',
    expected,
    statement: 'x <= limit',
    hypotheses: ['x in 0..100'],
    regimes: ['even', 'odd'],
    arbitrary: () => fc.integer({ min: 0, max: 100 }),
    evaluate: (x) => evaluation(x, limit, { x }),
    classify: (x) => [x % 2 === 0 ? 'even' : 'odd'],
    describe: (x) => ({ n: x, m: 1, rankY: 1, r: 1 }),
    codec: { encode: (x) => x, decode: (v) => v as number },
  };
}

describe('checkClaim', () => {
  it('reports holds, with every run counted in the regimes, when no input fails', () => {
    const r = checkClaim(toyClaim('holds', 100), { runs: 50, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('holds');
    expect(r.runs).toBe(50);
    expect((r.stats.even ?? 0) + (r.stats.odd ?? 0)).toBe(50);
    expect(r.counterexample).toBeUndefined();
  });

  it('shrinks a refutation of a holds claim to the boundary', () => {
    const r = checkClaim(toyClaim('holds', 30), { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.counterexample?.n).toBe(31);
    expect(r.counterexample?.margin).toBeCloseTo(31 / 30, 12);
    expect(r.path).toMatch(/^\d+(:\d+)*$/);
    expect(r.input).toBe(31);
    expect(r.precision?.label).toBe('genuine');
  });

  it('asks a refuted claim for a decisive counterexample, DECISIVE_MULTIPLE times past the tolerance', () => {
    const r = checkClaim(toyClaim('refuted', 5), { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.counterexample?.n).toBe(5 * DECISIVE_MULTIPLE + 1);
  });

  it('treats a NaN violation as a failure', () => {
    const claim = { ...toyClaim('holds', 100), evaluate: () => evaluation(Number.NaN, 1, {}) };
    expect(checkClaim(claim, { runs: 5, seed: 1, maxSize: 2 }).outcome).toBe('refuted');
  });

  it('replays a refutation from its seed and path', () => {
    const first = checkClaim(toyClaim('holds', 30), { runs: 100, seed: 9, maxSize: 2 });
    const again = checkClaim(toyClaim('holds', 30), { runs: 100, seed: 9, maxSize: 2, path: first.path });
    expect(again.counterexample?.n).toBe(first.counterexample?.n);
  });

  it('reports an exception thrown by a property as an error', () => {
    const claim = {
      ...toyClaim('holds', 100),
      evaluate: (): never => {
        throw new Error('solver exploded');
      },
    };
    const r = checkClaim(claim, { runs: 5, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.error).toContain('solver exploded');
    expect(r.counterexample?.thrown).toContain('solver exploded');
  });
});
