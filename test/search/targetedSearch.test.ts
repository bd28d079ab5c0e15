import { describe, expect, it } from 'vitest';
import type { SearchSpace } from '../../src/claim/Claim.js';
import { seededUniform } from '../../src/random/seededUniform.js';
import { targetedSearch, type ScoredInput } from '../../src/search/targetedSearch.js';

/** A number in [0, 1]: drawn uniformly, moved by up to `step` either way and clamped. */
const unit: SearchSpace<number, number> = {
  sample: (random) => random(),
  perturb: (x, random, step) => Math.min(1, Math.max(0, x + step * (2 * random() - 1))),
  build: (x) => x,
};

const PEAK = 0.73;
const peaked = (x: number): ScoredInput => ({ score: -Math.abs(x - PEAK) });

/** A score that counts its calls. */
function counting(score: (x: number) => ScoredInput): {
  score: (x: number) => ScoredInput;
  calls: () => number;
} {
  let calls = 0;
  return {
    score: (x) => {
      calls++;
      return score(x);
    },
    calls: () => calls,
  };
}

describe('targetedSearch', () => {
  it('is deterministic for a seeded random: same seed, same result and curve', () => {
    for (const seed of ['a', 'b', '17']) {
      const one = targetedSearch(unit, peaked, { random: seededUniform(seed), budget: 150 });
      const two = targetedSearch(unit, peaked, { random: seededUniform(seed), budget: 150 });
      expect(two).toEqual(one);
      expect(one.curve.length).toBeGreaterThanOrEqual(1);
    }
    const a = targetedSearch(unit, peaked, { random: seededUniform('a'), budget: 150 });
    const b = targetedSearch(unit, peaked, { random: seededUniform('b'), budget: 150 });
    expect(b.curve).not.toEqual(a.curve);
  });

  it('finds the peak of a score over [0, 1] within its budget', () => {
    for (const seed of ['1', '2', '3', '4', '5', 'peak']) {
      const r = targetedSearch(unit, peaked, { random: seededUniform(seed), budget: 200 });
      expect(r.ended).toBe('budget');
      expect(r.evaluations).toBe(200);
      expect(r.best).not.toBeNull();
      const best = r.best as { input: number; score: number };
      expect(Math.abs(best.input - PEAK), `seed ${seed}`).toBeLessThanOrEqual(0.005);
      expect(best.score).toBe(-Math.abs(best.input - PEAK));
    }
  });

  it('climbs well past random sampling of the same budget', () => {
    // 200 uniform draws land within about 1 / 400 of the peak; the climb gets far closer.
    const r = targetedSearch(unit, peaked, { random: seededUniform('close'), budget: 400 });
    expect(Math.abs((r.best?.input ?? Number.NaN) - PEAK)).toBeLessThanOrEqual(1e-3);
  });

  it('never evaluates more than its budget, and counts every evaluation', () => {
    const scores: ReadonlyArray<readonly [string, (x: number) => ScoredInput]> = [
      ['peaked', peaked],
      // A flat score: every climb fails, steps collapse and members are replaced by fresh draws.
      ['flat', () => ({ score: 0 })],
      ['NaN', () => ({ score: Number.NaN })],
    ];
    for (const [name, score] of scores) {
      for (const budget of [0, 1, 2, 3, 4, 5, 6, 19, 20, 21, 97, 300]) {
        const c = counting(score);
        const r = targetedSearch(unit, c.score, { random: seededUniform(`${name}/${budget}`), budget });
        expect(c.calls(), `${name}, budget ${budget}`).toBe(r.evaluations);
        expect(r.evaluations, `${name}, budget ${budget}`).toBe(budget);
        expect(r.ended).toBe('budget');
        expect(r.best === null).toBe(budget === 0);
      }
    }
  });

  it('keeps a curve strictly increasing in score and in evaluations, ending at the best score', () => {
    for (const seed of ['c1', 'c2', 'c3']) {
      const r = targetedSearch(unit, peaked, { random: seededUniform(seed), budget: 250 });
      expect(r.curve.length).toBeGreaterThanOrEqual(2);
      expect(r.curve[0].evaluations).toBe(1);
      for (let i = 1; i < r.curve.length; i++) {
        expect(r.curve[i].score).toBeGreaterThan(r.curve[i - 1].score);
        expect(r.curve[i].evaluations).toBeGreaterThan(r.curve[i - 1].evaluations);
      }
      const last = r.curve[r.curve.length - 1];
      expect(last.evaluations).toBeLessThanOrEqual(r.evaluations);
      expect(last.score).toBe(r.best?.score);
    }
  });

  it('ends at once when a score asks to stop, with that input as best (in the draws and in the climb)', () => {
    for (const at of [1, 3, 30, 47, 120]) {
      let calls = 0;
      let stopped = Number.NaN;
      const r = targetedSearch(
        unit,
        (x) => {
          calls++;
          if (calls === at) {
            stopped = x;
            // Worse than anything before it: the stopping input is best all the same.
            return { score: -10, stop: true };
          }
          return peaked(x);
        },
        { random: seededUniform(`stop/${at}`), budget: 200 },
      );
      expect(r.ended).toBe('stopped');
      expect(r.evaluations).toBe(at);
      expect(calls).toBe(at);
      expect(r.best).toEqual({ input: stopped, score: -10 });
    }
  });

  it('stops in a fresh draw that replaces a collapsed member', () => {
    // Inputs carry whether they were drawn or perturbed; a flat score collapses every step, so
    // after the first draws (a fifth of the budget) members are replaced by fresh draws.
    const tagged: SearchSpace<{ x: number; drawn: boolean }, { x: number; drawn: boolean }> = {
      sample: (random) => ({ x: random(), drawn: true }),
      perturb: (p, random, step) => ({ x: unit.perturb(p.x, random, step), drawn: false }),
      build: (p) => p,
    };
    const budget = 100;
    const order: boolean[] = [];
    targetedSearch(
      tagged,
      (i) => {
        order.push(i.drawn);
        return { score: 0 };
      },
      {
        random: seededUniform('fresh'),
        budget,
      },
    );
    const fresh = order.findIndex((drawn, i) => i >= budget / 5 && drawn) + 1;
    expect(fresh).toBeGreaterThan(budget / 5);
    let calls = 0;
    const r = targetedSearch(tagged, () => (++calls === fresh ? { score: -1, stop: true } : { score: 0 }), {
      random: seededUniform('fresh'),
      budget,
    });
    expect(r.ended).toBe('stopped');
    expect(r.evaluations).toBe(fresh);
    expect(r.best?.score).toBe(-1);
    expect(r.best?.input.drawn).toBe(true);
  });

  it('counts non-finite scores as -Infinity', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const all = targetedSearch(unit, () => ({ score: bad }), { random: seededUniform('nf'), budget: 30 });
      expect(all.best?.score).toBe(Number.NEGATIVE_INFINITY);
      expect(all.curve).toEqual([]);
      expect(all.evaluations).toBe(30);
      // Above 0.5 the score is non-finite: the best is below 0.5, never a non-finite one.
      const some = targetedSearch(unit, (x) => ({ score: x > 0.5 ? bad : x }), {
        random: seededUniform(`some/${bad}`),
        budget: 100,
      });
      const best = some.best as { input: number; score: number };
      expect(best.input).toBeLessThanOrEqual(0.5);
      expect(best.score).toBe(best.input);
      for (const step of some.curve) {
        expect(step.score).toBeGreaterThanOrEqual(0);
        expect(step.score).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('ends with deadline, evaluating nothing, when the deadline is already past', () => {
    for (const deadline of [0, performance.now() - 1]) {
      const c = counting(peaked);
      const r = targetedSearch(unit, c.score, { random: seededUniform('late'), budget: 100, deadline });
      expect(r.ended).toBe('deadline');
      expect(r.evaluations).toBe(0);
      expect(c.calls()).toBe(0);
      expect(r.best).toBeNull();
      expect(r.curve).toEqual([]);
    }
  });
});
