import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluation, type Claim, type SearchSpace } from '../../src/claim/Claim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { checkClaim, DECISIVE_MULTIPLE } from '../../src/runner/checkClaim.js';
import { searchClaim } from '../../src/runner/searchClaim.js';

/** `o` without the field `key`. */
function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** A number in [0, 1]: drawn uniformly, moved by up to `step` either way and clamped. */
const unit: SearchSpace<number, number> = {
  sample: (random) => random(),
  perturb: (x, random, step) => Math.min(1, Math.max(0, x + step * (2 * random() - 1))),
  build: (x) => x,
};

const PEAK = 0.73;
const TOLERANCE = 0.01;
/** Decisive (past 10 tolerances, 0.1) only within `width` of the peak; at most `height` at the peak. */
const bump =
  (height: number) =>
  (x: number): number =>
    height - Math.abs(x - PEAK);

/**
 * A toy existence claim over x in [0, 1]: a witness is an x whose violation `bump(x)` is decisive.
 * Its arbitrary never gets near the peak, so only the search can find a witness.
 */
function existence(height: number, over: Partial<Claim<number>> = {}): Claim<number> {
  return {
    id: 'toy-exists',
    kind: 'existence',
    expected: 'witnessed',
    statement: 'some x in [0, 1] has bump(x) > 0.1',
    hypotheses: ['x in [0, 1]'],
    regimes: ['low', 'high'],
    arbitrary: () => fc.constant(0),
    unmetHypotheses: (x) => (Number.isFinite(x) && x >= 0 && x <= 1 ? [] : ['x in [0, 1]']),
    evaluate: (x) => evaluation(bump(height)(x), TOLERANCE, { x }),
    classify: (x) => [x < 0.5 ? 'low' : 'high'],
    describe: (x) => ({ n: 1, m: 1, rankY: 1, r: 1, x }),
    codec: { encode: (x) => x, decode: (v) => v as number },
    target: {
      space: () => unit,
      levels: [
        // Reached within 0.055 of the peak (violation + 0.05 > 0.1 at height 0.105).
        { label: 'half', slack: 0.05 },
        { label: 'never', slack: -10 },
      ],
    },
    ...over,
  };
}

/** Decisive within 0.005 of the peak: about one uniform draw in a hundred, met at once by the climb. */
const WITNESSED = 0.105;
/** At most 0.05 anywhere: marginal at best, never decisive. */
const NO_WITNESS = 0.05;

const withoutSeconds = (r: ClaimResult): Omit<ClaimResult, 'seconds'> => omit(r, 'seconds');

describe('searchClaim (existence claims through checkClaim)', () => {
  it('reports witnessed, with the witness, the levels reached, and a replay record on its rung', () => {
    const progress: number[] = [];
    const r = checkClaim(existence(WITNESSED), {
      runs: 200,
      seed: 3,
      maxSize: 8,
      onProgress: (cases) => progress.push(cases),
    });
    expect(r.outcome).toBe('witnessed');
    expect(r.expected).toBe('witnessed');
    const search = r.search;
    expect(search).toBeDefined();
    const x = r.input as number;
    expect(Math.abs(x - PEAK)).toBeLessThan(WITNESSED - DECISIVE_MULTIPLE * TOLERANCE);
    expect(r.counterexample).toMatchObject({ n: 1, m: 1, rankY: 1, r: 1, x, tolerance: TOLERANCE });
    expect(r.counterexample?.violation).toBeGreaterThan(DECISIVE_MULTIPLE * TOLERANCE);
    expect(r.counterexample?.margin).toBe((r.counterexample?.violation ?? Number.NaN) / TOLERANCE);
    // Found on the first rung, whose side bound replays it.
    expect(r.replay).toEqual({ seed: 3, path: '', maxSize: 2 });
    expect(search?.rungs).toEqual([2]);
    expect(r.runs).toBe(search?.evaluations);
    expect(search?.evaluations).toBeGreaterThanOrEqual(1);
    expect(search?.evaluations).toBeLessThanOrEqual(200);
    expect(progress).toEqual(Array.from({ length: r.runs }, (_x, i) => i + 1));
    expect((r.stats.low ?? 0) + (r.stats.high ?? 0)).toBe(r.runs);
    const [half, never] = search?.levels ?? [];
    expect(half).toMatchObject({ label: 'half', reached: true, maxSize: 2 });
    expect(half.evaluations).toBeGreaterThanOrEqual(1);
    expect(half.evaluations).toBeLessThanOrEqual(r.runs);
    expect(never).toEqual({ label: 'never', reached: false });
    // The curve climbs strictly, on the rung, and ends at the witness's score.
    const curve = search?.curve ?? [];
    expect(curve.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i].score).toBeGreaterThan(curve[i - 1].score);
      expect(curve[i].evaluations).toBeGreaterThan(curve[i - 1].evaluations);
    }
    expect(curve.at(-1)?.score).toBe(r.counterexample?.violation);
    expect(curve.at(-1)?.evaluations).toBe(r.runs);
    expect(r.precision?.label).toBe('genuine');
    expect(r.error).toBeUndefined();
  });

  it('skips the rungs whose space throws a RangeError, and replays the witness on the rung that found it', () => {
    const claim = existence(WITNESSED, {
      target: {
        space: (maxSize) => {
          if (maxSize < 4) throw new RangeError('sides of at least 4');
          return unit;
        },
      },
    });
    const r = checkClaim(claim, { runs: 200, seed: 3, maxSize: 8 });
    expect(r.outcome).toBe('witnessed');
    expect(r.search?.rungs).toEqual([4]);
    expect(r.replay?.maxSize).toBe(4);
    expect(r.search?.levels).toEqual([]);
  });

  it('replays a witness found on a higher rung with that rung as the side bound', () => {
    // Inputs up to maxSize / 8: the peak is out of reach below rung 8.
    const bounded = (maxSize: number): SearchSpace<number, number> => {
      const top = Math.min(1, maxSize / 8);
      return {
        sample: (random) => top * random(),
        perturb: (x, random, step) => Math.min(top, Math.max(0, x + step * (2 * random() - 1))),
        build: (x) => x,
      };
    };
    const claim = existence(WITNESSED, { target: { space: bounded } });
    const r = checkClaim(claim, { runs: 150, seed: 8, maxSize: 16 });
    expect(r.outcome).toBe('witnessed');
    expect(r.search?.rungs).toEqual([2, 4, 8]);
    expect(r.replay).toEqual({ seed: 8, path: '', maxSize: 8 });
    // The two lower rungs spent their whole budget first.
    expect(r.runs).toBeGreaterThan(300);
    const replayed = checkClaim(claim, { runs: 150, seed: 8, maxSize: r.replay?.maxSize ?? 0 });
    expect(replayed.outcome).toBe('witnessed');
    expect(replayed.input).toBe(r.input);
    expect(replayed.replay).toEqual(r.replay);
    expect(replayed.search).toEqual(r.search);
  });

  it('reports not witnessed when no input can clear the bound, after the whole budget of every rung', () => {
    const r = checkClaim(existence(NO_WITNESS), { runs: 60, seed: 3, maxSize: 8 });
    expect(r.outcome).toBe('not witnessed');
    expect(r.search?.rungs).toEqual([2, 4, 8]);
    expect(r.search?.evaluations).toBe(180);
    expect(r.runs).toBe(180);
    expect(r.search?.levels.map((l) => l.reached)).toEqual([false, false]);
    expect(r.counterexample).toBeUndefined();
    expect(r.replay).toBeUndefined();
    expect(r.error).toBeUndefined();
    // The best score is the bump's top, approached from below.
    const best = r.search?.curve.at(-1)?.score ?? Number.NaN;
    expect(best).toBeLessThanOrEqual(NO_WITNESS);
    expect(best).toBeGreaterThanOrEqual(NO_WITNESS - 0.005);
    expect(r.search?.curve.map((s) => s.maxSize)).toContain(2);
  });

  it('reports an error, never a witness, when the evaluation throws on some inputs', () => {
    for (const seed of [1, 2, 3]) {
      const claim = existence(WITNESSED, {
        evaluate: (x) => {
          if (x > 0.5) throw new Error(`solver exploded at ${x}`);
          return evaluation(bump(WITNESSED)(x), TOLERANCE, { x });
        },
      });
      const r = checkClaim(claim, { runs: 200, seed, maxSize: 8 });
      expect(r.outcome).toBe('error');
      expect(r.error).toMatch(/solver exploded/);
      expect(r.input as number).toBeGreaterThan(0.5);
      expect(r.replay).toMatchObject({ seed, path: '' });
      expect(r.precision).toBeUndefined();
    }
  });

  it('reports a non-finite violation as an error, not a verdict', () => {
    const claim = existence(WITNESSED, {
      evaluate: (x) => evaluation(x > 0.3 ? Number.NaN : 0, TOLERANCE, {}),
    });
    const r = checkClaim(claim, { runs: 100, seed: 4, maxSize: 4 });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/non-finite/);
  });

  it('skips inputs outside the hypotheses, counting them apart from the evaluations', () => {
    const signed: SearchSpace<number, number> = { ...unit, sample: (random) => 2 * random() - 1 };
    const claim = existence(NO_WITNESS, { target: { space: () => signed } });
    const r = checkClaim(claim, { runs: 50, seed: 5, maxSize: 2 });
    expect(r.outcome).toBe('not witnessed');
    expect(r.skipped ?? 0).toBeGreaterThanOrEqual(1);
    expect((r.skipped ?? 0) + r.runs).toBe(50);
    expect((r.stats.low ?? 0) + (r.stats.high ?? 0)).toBe(r.runs);
  });

  it('reports inconclusive, never not witnessed, when the time budget is spent first', () => {
    const none = checkClaim(existence(NO_WITNESS), { runs: 1000, seed: 6, maxSize: 8, timeBudget: 0 });
    expect(none.outcome).toBe('inconclusive');
    expect(none.error).toMatch(/time budget of 0 s spent after 0 evaluations/);
    expect(none.search?.evaluations).toBe(0);
    // A slow evaluation (2 ms, busy) against a budget of 1 ms.
    const slow = existence(NO_WITNESS, {
      evaluate: (x) => {
        const until = performance.now() + 2;
        while (performance.now() < until) {
          // busy
        }
        return evaluation(bump(NO_WITNESS)(x), TOLERANCE, { x });
      },
    });
    const r = checkClaim(slow, { runs: 1000, seed: 6, maxSize: 8, timeBudget: 0.001 });
    expect(r.outcome).toBe('inconclusive');
    expect(r.error).toMatch(/time budget/);
    expect(r.search?.evaluations).toBeLessThan(1000);
  });

  it('is deterministic for its seed, but for seconds', () => {
    for (const height of [WITNESSED, NO_WITNESS]) {
      const one = checkClaim(existence(height), { runs: 80, seed: 11, maxSize: 4 });
      const two = checkClaim(existence(height), { runs: 80, seed: 11, maxSize: 4 });
      expect(withoutSeconds(two)).toEqual(withoutSeconds(one));
    }
    const a = checkClaim(existence(NO_WITNESS), { runs: 80, seed: 11, maxSize: 4 });
    const b = checkClaim(existence(NO_WITNESS), { runs: 80, seed: 12, maxSize: 4 });
    expect(b.search?.curve).not.toEqual(a.search?.curve);
  });

  it('refuses a claim without a search target', () => {
    const bare = omit(existence(WITNESSED), 'target');
    expect(() => searchClaim(bare, { runs: 10, seed: 1, maxSize: 2 })).toThrow(/no search target/);
  });
});

describe('searchClaim (universal claims with a target)', () => {
  const universal = (expected: 'refuted' | 'holds'): Claim<number> => {
    const rest = omit(existence(WITNESSED), 'kind');
    return { ...rest, id: 'toy-universal', expected, statement: 'bump(x) <= 0.01 for every x' };
  };

  it('comes out refuted through the search when expected refuted (random cases never meet the peak)', () => {
    const r = checkClaim(universal('refuted'), { runs: 200, seed: 3, maxSize: 8 });
    expect(r.outcome).toBe('refuted');
    expect(r.search).toBeDefined();
    expect(Math.abs((r.input as number) - PEAK)).toBeLessThan(WITNESSED - DECISIVE_MULTIPLE * TOLERANCE);
    expect(r.replay).toEqual({ seed: 3, path: '', maxSize: 2 });
  });

  it('comes out holds when the search meets nothing decisive', () => {
    const rest = omit(existence(NO_WITNESS), 'kind');
    const r = checkClaim({ ...rest, expected: 'refuted' }, { runs: 40, seed: 3, maxSize: 4 });
    expect(r.outcome).toBe('holds');
    expect(r.search?.evaluations).toBe(80);
  });

  it('runs random cases, not the search, when expected to hold', () => {
    const r = checkClaim(universal('holds'), { runs: 30, seed: 3, maxSize: 8 });
    expect(r.search).toBeUndefined();
    expect(r.outcome).toBe('holds');
    expect(r.runs).toBe(30);
  });
});
