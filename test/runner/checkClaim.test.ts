import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim } from '../../src/claim/Claim.js';
import { checkClaim, DECISIVE_MULTIPLE } from '../../src/runner/checkClaim.js';

/** A toy claim on integers: "x <= limit", with regimes by parity. */
function toyClaim(expected: 'holds' | 'refuted', limit: number): Claim<number> {
  return {
    id: 'toy',
    expected,
    statement: 'x <= limit',
    hypotheses: ['x in 0..100'],
    regimes: ['even', 'odd'],
    arbitrary: () => fc.integer({ min: 0, max: 100 }),
    unmetHypotheses: (x) => (Number.isInteger(x) && x >= 0 && x <= 100 ? [] : ['x in 0..100']),
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
    expect(r.replay?.path).toMatch(/^\d+(:\d+)*$/);
    expect(r.input).toBe(31);
    expect(r.precision?.label).toBe('genuine');
  });

  it('asks a refuted claim for a decisive counterexample, DECISIVE_MULTIPLE times past the tolerance', () => {
    const r = checkClaim(toyClaim('refuted', 5), { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.counterexample?.n).toBe(5 * DECISIVE_MULTIPLE + 1);
  });

  for (const expected of ['holds', 'refuted'] as const) {
    it(`reports a NaN or infinite violation as an error, not a verdict (claim expected ${expected})`, () => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
        const claim = { ...toyClaim(expected, 100), evaluate: () => evaluation(bad, 1, {}) };
        const r = checkClaim(claim, { runs: 5, seed: 1, maxSize: 2 });
        expect(r.outcome).toBe('error');
        expect(r.error).toMatch(/non-finite/);
      }
    });

    it(`reports a throw as an error, shrunk to the smallest input that throws (claim expected ${expected})`, () => {
      const claim: Claim<number> = {
        ...toyClaim(expected, 100),
        evaluate: (x) => {
          if (x >= 40) throw new Error('solver exploded');
          return evaluation(0, 1, {});
        },
      };
      const r = checkClaim(claim, { runs: 100, seed: 1, maxSize: 2 });
      expect(r.outcome).toBe('error');
      expect(r.error).toContain('solver exploded');
      expect(r.input).toBe(40);
      expect(r.replay?.path).toMatch(/^\d+(:\d+)*$/);
    });
  }

  it('keeps a decisive counterexample of a holds claim decisive while shrinking', () => {
    // Fails everywhere above 10 (decisively above 100, as 10 x 10): the shrink must stop at 101.
    const claim: Claim<number> = {
      ...toyClaim('holds', 10),
      arbitrary: () => fc.integer({ min: 0, max: 1000 }),
      unmetHypotheses: () => [],
    };
    const r = checkClaim(claim, { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.input).toBe(10 * DECISIVE_MULTIPLE + 1);
  });

  it('never shrinks to an input outside the hypotheses, and skips such inputs when generated', () => {
    // Odd numbers are outside: the counterexample is an even number above 30.
    const claim: Claim<number> = {
      ...toyClaim('holds', 30),
      unmetHypotheses: (x) => (x % 2 === 0 ? [] : ['x even']),
    };
    const r = checkClaim(claim, { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('refuted');
    expect(r.input).toBeGreaterThan(30);
    expect(Number(r.input) % 2).toBe(0);
    expect(r.stats.odd).toBe(0);
  });

  it('reports an error when every generated input is outside the hypotheses', () => {
    const claim: Claim<number> = { ...toyClaim('holds', 30), unmetHypotheses: () => ['never'] };
    const r = checkClaim(claim, { runs: 20, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('error');
  });

  it('replays a refutation from its seed and path, counting the regimes of the replayed input only', () => {
    const first = checkClaim(toyClaim('holds', 30), { runs: 100, seed: 9, maxSize: 2 });
    const again = checkClaim(toyClaim('holds', 30), {
      runs: 100,
      seed: 9,
      maxSize: 2,
      path: first.replay?.path,
    });
    expect(again.counterexample?.n).toBe(first.counterexample?.n);
    expect((again.stats.even ?? 0) + (again.stats.odd ?? 0)).toBe(1);
  });

  it('ends on its time budget as inconclusive, never holds, saying how many cases ran', () => {
    const slow: Claim<number> = {
      ...toyClaim('holds', 100),
      evaluate: (x) => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        return evaluation(x, 100, { x });
      },
    };
    const seen: number[] = [];
    const r = checkClaim(slow, {
      runs: 10_000,
      seed: 1,
      maxSize: 2,
      timeBudget: 0.05,
      onProgress: (n) => seen.push(n),
    });
    expect(r.outcome).toBe('inconclusive');
    expect(r.runs).toBeGreaterThan(0);
    expect(r.runs).toBeLessThan(10_000);
    expect(r.error).toMatch(/time budget of 0.05 s spent after \d+ of 10000 cases/);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeLessThanOrEqual(r.runs);
  });

  it('reports a failure found within the budget as usual', () => {
    const r = checkClaim(toyClaim('holds', 30), { runs: 100, seed: 1, maxSize: 2, timeBudget: 60 });
    expect(r.outcome).toBe('refuted');
  });
});

describe('checkClaim: evidence that does not hold still, and helpers that fail', () => {
  it('reports an error naming fast-check when the property itself throws (a progress callback)', () => {
    const r = checkClaim(toyClaim('holds', 100), {
      runs: 10,
      seed: 1,
      maxSize: 2,
      onProgress: () => {
        throw new Error('progress broke\nsecond line');
      },
    });
    expect(r.outcome).toBe('error');
    expect(r.error).toBe('progress broke');
    expect(r.counterexample).toBeUndefined();
  });

  it('reports a decisive counterexample that is an error when judged again as an error, saying so', () => {
    let calls = 0;
    const flaky: Claim<number> = {
      ...toyClaim('holds', 1),
      evaluate: (x) => {
        calls++;
        if (calls > 1) throw new Error('now broken');
        return evaluation(1000, 1, { x });
      },
      describe: () => ({ n: 1, m: 1, rankY: 1, r: 1 }),
    };
    const r = checkClaim(flaky, { runs: 5, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('error');
    expect(r.error).toBe(
      'the shrunk counterexample did not reproduce: it is now error (evaluation threw: now broken)',
    );
    expect(r.replay?.path).toMatch(/^\d+(:\d+)*$/);
  });

  it('reports an error that passes when judged again as an error, saying so', () => {
    let calls = 0;
    const flaky: Claim<number> = {
      ...toyClaim('holds', 100),
      evaluate: (x) => {
        calls++;
        if (calls === 1) throw new Error('once');
        return evaluation(0, 1, { x });
      },
    };
    const r = checkClaim(flaky, { runs: 5, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('error');
    expect(r.error).toBe('the shrunk error did not reproduce: it is now pass');
  });

  it('reports a marginal counterexample that its recheck calls rounding as holds, flagged roundingOnly', () => {
    const rounding = {
      label: 'rounding' as const,
      quantities: {},
      preciseViolation: 0,
      roundingBound: 1,
      method: 'test',
    };
    const claim: Claim<number> = { ...toyClaim('holds', 30), recheck: () => rounding };
    const r = checkClaim(claim, { runs: 100, seed: 1, maxSize: 2 });
    expect(r.outcome).toBe('holds');
    expect(r.roundingOnly).toBe(true);
    expect(r.precision).toEqual(rounding);
    expect(r.counterexample?.n).toBe(31);
    // a genuine recheck keeps the refutation, with no flag
    const genuine: Claim<number> = { ...claim, recheck: () => ({ ...rounding, label: 'genuine' }) };
    const g = checkClaim(genuine, { runs: 100, seed: 1, maxSize: 2 });
    expect(g.outcome).toBe('refuted');
    expect(g.roundingOnly).toBeUndefined();
  });

  it('shows what a describer threw in place of the description, an Error or not', () => {
    for (const [thrown, shown] of [
      [new Error('cannot describe'), 'cannot describe'],
      ['a string', 'a string'],
    ] as const) {
      const claim: Claim<number> = {
        ...toyClaim('holds', 100),
        evaluate: (x) => {
          if (x >= 40) throw new Error('solver exploded');
          return evaluation(0, 1, {});
        },
        describe: () => {
          throw thrown;
        },
      };
      const r = checkClaim(claim, { runs: 100, seed: 1, maxSize: 2 });
      expect(r.outcome).toBe('error');
      expect(r.counterexample?.describeError).toBe(shown);
      expect(r.input).toBe(40);
    }
  });
});
