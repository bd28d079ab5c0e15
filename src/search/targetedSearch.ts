import type { SearchSpace } from '../claim/Claim.js';

/** One improvement of the best score: after how many evaluations, and to what. @internal */
export interface SearchStep {
  readonly evaluations: number;
  readonly score: number;
}

/** What one input scored: `stop` ends the search (a goal reached, or an error found). @internal */
export interface ScoredInput {
  readonly score: number;
  readonly stop?: boolean;
}

/** What {@link targetedSearch} found. @internal */
export interface TargetedSearchResult<T> {
  /** The best input evaluated (the one that stopped the search, when one did); null before any. */
  readonly best: { readonly input: T; readonly score: number } | null;
  /** Inputs evaluated. */
  readonly evaluations: number;
  /** The best score after each improvement, in order (the search curve). */
  readonly curve: readonly SearchStep[];
  /** Why it ended: an input asked to stop, the budget, or the deadline. */
  readonly ended: 'stopped' | 'budget' | 'deadline';
}

/** Elite inputs climbed in turn; a member whose step falls below {@link LEAST_STEP} is replaced by a new draw. */
const ELITE = 4;
const FIRST_STEP = 0.5;
const LEAST_STEP = 0.02;
/** A success widens the step, a failure narrows it (a one-fifth-rule pair: 1.5 x 0.85^4 ~ 0.78). */
const WIDEN = 1.5;
const NARROW = 0.85;

interface Member<P, T> {
  parts: P;
  input: T;
  score: number;
  step: number;
}

/**
 * Hill climbing over a generator's parts, after Hypothesis's `target()`: a fifth of the budget (at
 * least {@link ELITE} draws) samples the space at random, then the best {@link ELITE} inputs are
 * climbed in turn, each by perturbing its parts with a step of its own that widens on success and
 * narrows on failure; a member whose step has collapsed is replaced by a fresh draw. `score` is called
 * once per input (non-finite scores count as -Infinity) and may end the search. Every draw comes from
 * `random`, so the search is deterministic for its seed. Pure apart from the calls to `score`.
 * @internal
 */
export function targetedSearch<P, T>(
  space: SearchSpace<P, T>,
  score: (input: T) => ScoredInput,
  o: { readonly random: () => number; readonly budget: number; readonly deadline?: number },
): TargetedSearchResult<T> {
  const deadline = o.deadline ?? Number.POSITIVE_INFINITY;
  const curve: SearchStep[] = [];
  let evaluations = 0;
  let best: { input: T; score: number } | null = null;
  let ended: TargetedSearchResult<T>['ended'] = 'budget';
  const judge = (parts: P): { member: Member<P, T>; stop: boolean } => {
    const input = space.build(parts);
    const s = score(input);
    evaluations++;
    const value = Number.isFinite(s.score) ? s.score : Number.NEGATIVE_INFINITY;
    if (best === null || value > best.score || s.stop === true) {
      best = { input, score: value };
      if (value > (curve.at(-1)?.score ?? Number.NEGATIVE_INFINITY))
        curve.push({ evaluations, score: value });
    }
    return { member: { parts, input, score: value, step: FIRST_STEP }, stop: s.stop === true };
  };
  const more = (): boolean => {
    if (evaluations >= o.budget) return false;
    if (performance.now() >= deadline) {
      ended = 'deadline';
      return false;
    }
    return true;
  };
  const elite: Member<P, T>[] = [];
  const draws = Math.max(ELITE, Math.floor(o.budget / 5));
  for (let i = 0; i < draws && more(); i++) {
    const j = judge(space.sample(o.random));
    if (j.stop) return { best, evaluations, curve, ended: 'stopped' };
    elite.push(j.member);
    elite.sort((a, b) => b.score - a.score);
    if (elite.length > ELITE) elite.pop();
  }
  for (let turn = 0; more() && elite.length > 0; turn = (turn + 1) % elite.length) {
    const member = elite[turn];
    const j = judge(space.perturb(member.parts, o.random, member.step));
    if (j.stop) return { best, evaluations, curve, ended: 'stopped' };
    if (j.member.score > member.score) {
      elite[turn] = { ...j.member, step: Math.min(1, member.step * WIDEN) };
    } else {
      member.step *= NARROW;
      if (member.step < LEAST_STEP && more()) {
        const fresh = judge(space.sample(o.random));
        if (fresh.stop) return { best, evaluations, curve, ended: 'stopped' };
        elite[turn] = fresh.member;
      }
    }
  }
  return { best, evaluations, curve, ended };
}
