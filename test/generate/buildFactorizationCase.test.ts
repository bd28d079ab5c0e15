import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import {
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
} from '../../src/generate/factorizationCaseArbitrary.js';
import {
  buildFactorizationCase,
  type FactorizationParts,
} from '../../src/generate/buildFactorizationCase.js';
import { factorizationSettings } from '../../src/generate/factorizationSettings.js';
import { gaussianGridArbitrary } from '../../src/generate/gaussianGridArbitrary.js';
import { expectFactorizationCase } from '../_support/factorizationCaseInvariants.js';

/** The instance with its matrices as arrays and its keys sorted, hashed: equal digests, equal instances. */
function digest(c: FactorizationCase): string {
  const json = JSON.stringify(c, (_k, v: unknown) =>
    v instanceof Matrix
      ? v.to2DArray()
      : v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
  );
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

const CONSTRAINTS: Readonly<Record<string, FactorizationCaseConstraints>> = {
  defaults: {},
  families: {
    maxSide: 6,
    rank: 'r<k',
    init: 'small-random',
    feedback: ['gaussian', 'orthonormal', 'repeated-column', 'orthogonal-to-target'],
  },
  gap: { maxSide: 5, rank: 'r>=k', gapRatio: 0.5, spectra: ['geometric', 'power-law'] },
  large: { maxSide: 20, maxRank: 3, init: 'small-random' },
};

/**
 * Digests of `fc.sample(factorizationCaseArbitrary(constraints), { seed, numRuns: 4 })` made by the
 * arbitrary of b94d9fc, before its builder moved to buildFactorizationCase: the refactoring must not
 * change a single bit of what it generates.
 */
const RECORDED: Readonly<Record<string, readonly string[]>> = {
  'defaults/1': ['0c6ae259053c57f3', '2f55794e56e9e779', '26efd9c734bd866d', 'ef21bafe19848f07'],
  'defaults/2': ['b5164acdb838e2c8', '3f3ad4f52c24b6b6', 'cb1da1c4d7aff445', 'ef43526ca00f2b7e'],
  'defaults/42': ['a7adbcda2e99ef47', '9da9b93e9f381918', '58ea931203956917', '8494ee3a5d068dd2'],
  'families/1': ['c8978b23a643558e', 'a3095b5b48e32681', 'e79595744746ee92', '5ba258f025ef7d2a'],
  'families/2': ['8d74bcaa1cd81e0b', '005d84fe1a355687', '39d3172a4ed98a3e', 'b34d2aede2d389f9'],
  'families/42': ['dcf8dfce05d69984', 'edad896d33cd60fc', '6b628faec9bdfa72', '01b151b5024437c8'],
  'gap/1': ['5609d3ac53abad64', 'e7a07e0ce51c7e19', 'd7a794bb59be869f', '62aa05c52595abac'],
  'gap/2': ['7d41e22fa7dc0758', '32868702c8cc3e88', '463038163d7bbcc8', '9d8d65df2684d9aa'],
  'gap/42': ['1b00c51bdfca8ca9', '70090968ab3cceb4', 'a830796b2d8626c0', 'e3577f9d292ed3bf'],
  'large/1': ['47e70ab3eb536036', 'e3eec112fa3c5995', 'b6d0034879cdd86e', '94b0cf675a00df64'],
  'large/2': ['89a1585924990406', '720ffba648bb0656', '699d0166a79a5ea3', '9e8922d98bad0758'],
  'large/42': ['e0119f1f8ec8afa5', '15455fb037c5d4f1', '821ed0191868d189', '3200a5cdec3baf0c'],
};

/** The parts record of factorizationCaseArbitrary, written out here as its doc comment describes it. */
function partsArbitrary(constraints: FactorizationCaseConstraints): fc.Arbitrary<FactorizationParts> {
  const s = factorizationSettings(constraints);
  const grid = gaussianGridArbitrary(s.maxSide);
  return fc.record({
    rRaw: fc.integer({ min: 0, max: s.top - 1 }),
    kRaw: fc.integer({ min: 0, max: s.top - 1 }),
    nRaw: fc.integer({ min: 0, max: s.maxSide - s.minSide }),
    mRaw: fc.integer({ min: 0, max: s.maxSide - s.minSide }),
    kind: fc.constantFrom(...s.spectra),
    conditionLevel: fc.integer({ min: 0, max: 1000 }),
    family: fc.constantFrom(...s.families),
    gU: grid,
    gV: grid,
    gB: grid,
    gZ: s.init === 'small-random' ? grid : fc.constant(null),
    gW: s.init === 'small-random' ? grid : fc.constant(null),
    ...(s.maxSide > 16
      ? { tieSides: fc.integer({ min: 0, max: 3 }), tieRank: fc.integer({ min: 0, max: 3 }) }
      : {}),
  });
}

describe('factorizationCaseArbitrary over buildFactorizationCase', () => {
  it.each(Object.entries(CONSTRAINTS))('%s: generates bit for bit what it generated before', (name, c) => {
    for (const seed of [1, 2, 42]) {
      const cases = fc.sample(factorizationCaseArbitrary(c), { seed, numRuns: 4 });
      expect(cases.map(digest), `${name}/${seed}`).toEqual(RECORDED[`${name}/${seed}`]);
    }
  });

  it.each(Object.entries(CONSTRAINTS))('%s: is the builder mapped over the parts record', (_name, c) => {
    const settings = factorizationSettings(c);
    for (const seed of [3, 4]) {
      const built = fc
        .sample(partsArbitrary(c), { seed, numRuns: 5 })
        .map((p) => buildFactorizationCase(p, settings));
      const drawn = fc.sample(factorizationCaseArbitrary(c), { seed, numRuns: 5 });
      expect(drawn.map(digest)).toEqual(built.map(digest));
      for (const x of drawn) expectFactorizationCase(x, c);
    }
  });
});

describe('buildFactorizationCase', () => {
  const zeros = (side: number): number[] => new Array<number>(side * side).fill(0);
  const parts = (side: number, over: Partial<FactorizationParts> = {}): FactorizationParts => ({
    rRaw: 0,
    kRaw: 0,
    nRaw: 0,
    mRaw: 0,
    kind: 'flat',
    conditionLevel: 0,
    family: 'gaussian',
    gU: zeros(side),
    gV: zeros(side),
    gB: zeros(side),
    gZ: null,
    gW: null,
    ...over,
  });

  it('builds the simplest instance from the least parts: 1 x 1, rank 1, r = 1, Y = [1], from zero', () => {
    const c = buildFactorizationCase(parts(4), factorizationSettings({ maxSide: 4 }));
    expect([c.n, c.m, c.k, c.r]).toEqual([1, 1, 1, 1]);
    expect(c.Y.to2DArray()).toEqual([[1]]);
    expect(c.s).toEqual([1]);
    expect(c.condition).toBe(1);
    expect(c.Z0).toBeNull();
    expect(c.W0).toBeNull();
  });

  it('reads the raw parts against the bounds: the largest parts give sides maxSide and rank top', () => {
    for (const rank of ['any', 'r>=k', 'r<k'] as const) {
      const constraints = { maxSide: 6, maxRank: 4, rank };
      const s = factorizationSettings(constraints);
      const big = parts(6, { rRaw: s.top - 1, kRaw: s.top - 1, nRaw: 6 - s.minSide, mRaw: 6 - s.minSide });
      const c = buildFactorizationCase(big, s);
      expect([c.n, c.m]).toEqual([6, 6]);
      expect(c.k).toBeLessThanOrEqual(4);
      expect(c.r).toBeLessThanOrEqual(4);
      expect({ any: true, 'r>=k': c.r >= c.k, 'r<k': c.r < c.k }[rank]).toBe(true);
      expectFactorizationCase(c, constraints);
    }
  });

  it('honours the ties above side 16: tieRank 0 makes r = k (but never under r<k), tieSides 0 makes n = m', () => {
    const side = 20;
    const over = { rRaw: 2, kRaw: 1, nRaw: 3, mRaw: 9, tieSides: 0, tieRank: 0 };
    for (const rank of ['any', 'r>=k'] as const) {
      const c = buildFactorizationCase(parts(side, over), factorizationSettings({ maxSide: side, rank }));
      expect(c.r).toBe(c.k);
      expect(c.m).toBe(c.n);
    }
    const strict = buildFactorizationCase(
      parts(side, over),
      factorizationSettings({ maxSide: side, rank: 'r<k' }),
    );
    expect(strict.r).toBeLessThan(strict.k);
    const untied = buildFactorizationCase(
      parts(side, { ...over, tieSides: 2, tieRank: 1 }),
      factorizationSettings({ maxSide: side }),
    );
    expect(untied.n).not.toBe(untied.m);
  });

  it('draws the condition log-uniformly: level 1000 reaches maxCondition, level 0 a flat spectrum', () => {
    const s = factorizationSettings({ maxSide: 4, spectra: ['geometric'], maxCondition: 50 });
    const over = { kRaw: 2, nRaw: 3, mRaw: 3, kind: 'geometric' as const };
    const top = buildFactorizationCase(parts(4, { ...over, conditionLevel: 1000 }), s);
    expect(Math.abs(top.condition - 50)).toBeLessThanOrEqual(1e-9);
    const mid = buildFactorizationCase(parts(4, { ...over, conditionLevel: 500 }), s);
    expect(Math.abs(mid.condition - Math.sqrt(50))).toBeLessThanOrEqual(1e-9);
    const low = buildFactorizationCase(parts(4, { ...over, conditionLevel: 0 }), s);
    expect(low.condition).toBe(1);
  });

  it('is pure: frozen parts, built twice, give equal instances', () => {
    const [p] = fc.sample(partsArbitrary({ maxSide: 5, init: 'small-random' }), { seed: 9, numRuns: 1 });
    const frozen = Object.freeze({
      ...p,
      gU: Object.freeze([...p.gU]),
      gV: Object.freeze([...p.gV]),
      gB: Object.freeze([...p.gB]),
    });
    const s = factorizationSettings({ maxSide: 5, init: 'small-random' });
    expect(digest(buildFactorizationCase(frozen, s))).toBe(digest(buildFactorizationCase(p, s)));
    expect(frozen).toEqual(p);
  });
});
