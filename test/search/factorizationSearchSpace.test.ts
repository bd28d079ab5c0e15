import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { caseHypotheses } from '../../src/claim/caseHypotheses.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import type { FactorizationCaseConstraints } from '../../src/generate/factorizationCaseArbitrary.js';
import {
  buildFactorizationCase,
  type FactorizationParts,
} from '../../src/generate/buildFactorizationCase.js';
import { factorizationSettings } from '../../src/generate/factorizationSettings.js';
import { seededUniform } from '../../src/random/seededUniform.js';
import { factorizationSearchSpace } from '../../src/search/factorizationSearchSpace.js';
import { expectFactorizationCase, matrixDiff } from '../_support/factorizationCaseInvariants.js';

const CONSTRAINTS: ReadonlyArray<readonly [string, FactorizationCaseConstraints]> = [
  ['defaults', {}],
  ['r>=k', { maxSide: 6, rank: 'r>=k' }],
  ['r<k, gap 1/10', { maxSide: 6, rank: 'r<k', gapRatio: 0.1, spectra: ['geometric'] }],
  [
    'r<k, small-random, every family',
    {
      maxSide: 5,
      rank: 'r<k',
      init: 'small-random',
      feedback: ['gaussian', 'orthonormal', 'repeated-column', 'orthogonal-to-target'],
    },
  ],
  ['maxCondition 10, minSide 3', { minSide: 3, maxSide: 6, maxCondition: 10 }],
  ['maxSide 1', { maxSide: 1 }],
  ['maxSide 2, r<k', { maxSide: 2, rank: 'r<k' }],
  [
    'maxSide 20, maxRank 3, r>=k, small-random',
    { maxSide: 20, maxRank: 3, rank: 'r>=k', init: 'small-random' },
  ],
];

/** Every matrix of an instance as arrays, for exact comparison. */
const plain = (c: FactorizationCase): unknown =>
  JSON.parse(JSON.stringify(c, (_k, v: unknown) => (v instanceof Matrix ? v.to2DArray() : v)));

const GRIDS = ['gU', 'gV', 'gB', 'gZ', 'gW'] as const;
const INTEGERS = ['rRaw', 'kRaw', 'nRaw', 'mRaw'] as const;

describe.each(CONSTRAINTS)('factorizationSearchSpace (%s)', (name, constraints) => {
  const space = factorizationSearchSpace(constraints);
  const settings = factorizationSettings(constraints);
  const hypotheses = caseHypotheses({
    rank: settings.rank,
    start: settings.init,
    ...(settings.gapRatio === undefined ? {} : { gapRatio: settings.gapRatio }),
    ...(settings.gapRatio === undefined ? { maxCondition: settings.maxCondition } : {}),
  });

  /** A draw, then a chain of perturbations at several steps: what a search visits. */
  function visited(seed: string, count: number): FactorizationParts[] {
    const random = seededUniform(`${name}/${seed}`);
    const out: FactorizationParts[] = [];
    let p = space.sample(random);
    out.push(p);
    for (let i = 1; i < count; i++) {
      p = i % 4 === 0 ? space.sample(random) : space.perturb(p, random, [1, 0.5, 0.1][i % 3]);
      out.push(p);
    }
    return out;
  }

  it('gives the same parts and instance for the same seed, other parts for another', () => {
    const a = space.sample(seededUniform('same'));
    const b = space.sample(seededUniform('same'));
    expect(b).toEqual(a);
    expect(plain(space.build(b))).toEqual(plain(space.build(a)));
    const pa = space.perturb(a, seededUniform('move'), 0.3);
    const pb = space.perturb(b, seededUniform('move'), 0.3);
    expect(pb).toEqual(pa);
    expect(space.sample(seededUniform('other')).gU).not.toEqual(a.gU);
  });

  it('builds instances inside the hypotheses it builds in, with sides at most maxSide', () => {
    for (const p of visited('hyp', 24)) {
      const c = space.build(p);
      expect(hypotheses(c), `${c.n}x${c.m}, k=${c.k}, r=${c.r}`).toEqual([]);
      expect(c.n).toBeLessThanOrEqual(settings.maxSide);
      expect(c.m).toBeLessThanOrEqual(settings.maxSide);
      expectFactorizationCase(c, constraints);
    }
  });

  it('keeps every part inside the bounds of the arbitrary (grids maxSide^2 long and finite)', () => {
    const area = settings.maxSide * settings.maxSide;
    for (const p of visited('bounds', 40)) {
      for (const key of INTEGERS) {
        expect(Number.isInteger(p[key])).toBe(true);
        expect(p[key]).toBeGreaterThanOrEqual(0);
      }
      expect(p.rRaw).toBeLessThanOrEqual(settings.top - 1);
      expect(p.kRaw).toBeLessThanOrEqual(settings.top - 1);
      expect(p.nRaw).toBeLessThanOrEqual(settings.maxSide - settings.minSide);
      expect(p.mRaw).toBeLessThanOrEqual(settings.maxSide - settings.minSide);
      expect(Number.isInteger(p.conditionLevel)).toBe(true);
      expect(p.conditionLevel).toBeGreaterThanOrEqual(0);
      expect(p.conditionLevel).toBeLessThanOrEqual(1000);
      expect(settings.spectra).toContain(p.kind);
      expect(settings.families).toContain(p.family);
      for (const key of GRIDS) {
        const g = p[key];
        const zero = settings.init === 'zero' && (key === 'gZ' || key === 'gW');
        expect(g === null, key).toBe(zero);
        expect((g ?? []).length, key).toBe(zero ? 0 : area);
        expect((g ?? []).every(Number.isFinite), key).toBe(true);
      }
      // The ties are parts above side 16 only, each in 0..3.
      const ties = [p.tieSides, p.tieRank].filter((x) => x !== undefined);
      expect(ties).toHaveLength(settings.maxSide > 16 ? 2 : 0);
      for (const tie of ties) expect([0, 1, 2, 3]).toContain(tie);
    }
  });

  it('changes nothing under a perturbation of step 0', () => {
    for (const p of visited('still', 6)) {
      const q = space.perturb(p, seededUniform('zero-step'), 0);
      expect(q).toEqual(p);
      for (const key of GRIDS) expect(q[key]).toStrictEqual(p[key]);
      expect(plain(space.build(q))).toEqual(plain(space.build(p)));
    }
  });

  it('keeps the instance close under a small step', () => {
    const t = 1e-3;
    const pairs = visited('close', 12).map((p, i) => [p, space.perturb(p, seededUniform(`small/${i}`), t)]);
    for (const [p, q] of pairs) {
      // Each grid entry moves to sqrt(1 - t^2) x + t g: by at most t (|x| + |g|) with |g| < 6.
      for (const key of GRIDS) {
        const a = p[key] ?? [];
        const b = q[key] ?? [];
        expect(q[key] === null, key).toBe(p[key] === null);
        expect(b).toHaveLength(a.length);
        for (let i = 0; i < a.length; i++)
          expect(Math.abs(b[i] - a[i])).toBeLessThanOrEqual(t * (Math.abs(a[i]) + 6));
      }
      // About 200 t normal: at most a level or two.
      expect(Math.abs(q.conditionLevel - p.conditionLevel)).toBeLessThanOrEqual(2);
    }
    // Where no discrete part moved (each moves with probability t / 2), the instance is close.
    const same = pairs.filter(
      ([p, q]) => INTEGERS.every((k) => q[k] === p[k]) && q.kind === p.kind && q.family === p.family,
    );
    expect(same.length).toBeGreaterThanOrEqual(10);
    for (const [p, q] of same) {
      const a = space.build(p);
      const b = space.build(q);
      expect([b.n, b.m, b.k, b.r]).toEqual([a.n, a.m, a.k, a.r]);
      expect(matrixDiff(b.Y, a.Y)).toBeLessThanOrEqual(0.05);
      expect(matrixDiff(b.B, a.B)).toBeLessThanOrEqual(0.02);
    }
  });

  it('builds with the arbitrary builder: build(p) equals buildFactorizationCase(p, factorizationSettings(c))', () => {
    for (const p of visited('build', 6)) {
      expect(plain(space.build(p))).toEqual(
        plain(buildFactorizationCase(p, factorizationSettings(constraints))),
      );
    }
  });
});

describe('factorizationSearchSpace constraints', () => {
  it('rejects the constraints the arbitrary rejects, naming them', () => {
    expect(() => factorizationSearchSpace({ maxSide: 0 })).toThrow(/maxSide/);
    expect(() => factorizationSearchSpace({ maxSide: 1, rank: 'r<k' })).toThrow(RangeError);
    expect(() => factorizationSearchSpace({ maxRank: 0 })).toThrow(/maxRank/);
  });

  it('moves a discrete part now and then at step 1, and the integers by at most one', () => {
    const space = factorizationSearchSpace({ maxSide: 8, feedback: ['gaussian', 'orthonormal'] });
    const random = seededUniform('moves');
    let changedKind = 0;
    let changedInteger = 0;
    for (let i = 0; i < 60; i++) {
      const p = space.sample(random);
      const q = space.perturb(p, random, 1);
      if (q.kind !== p.kind || q.family !== p.family) changedKind++;
      for (const key of INTEGERS) {
        expect(Math.abs(q[key] - p[key])).toBeLessThanOrEqual(1);
        if (q[key] !== p[key]) changedInteger++;
      }
    }
    expect(changedKind).toBeGreaterThanOrEqual(1);
    expect(changedInteger).toBeGreaterThanOrEqual(1);
  });
});
