import type { AnyClaim, Evaluation } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { isDecisive } from '../claim/isDecisive.js';
import { judgeInput, type Judgement } from '../claim/judgeInput.js';
import type { SearchSummary } from '../claim/SearchSummary.js';
import { codecOf } from '../fixtures/codecOf.js';
import { seededUniform } from '../random/seededUniform.js';
import { targetedSearch } from '../search/targetedSearch.js';
import type { CheckOptions } from './CheckOptions.js';
import { describeCounterexample } from './describeCounterexample.js';
import { recheckCounterexample } from './recheckCounterexample.js';
import { searchLadder } from './searchLadder.js';
import { simplifyInput } from './simplifyInput.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Runs a claim with a search target ({@link Claim.target}): a targeted search for a decisive violation
 * on each rung of the side ladder ({@link searchLadder}: 2, 4, 8, ... up to `maxSize`), `runs`
 * evaluations a rung, each rung seeded from `seed` and its side bound alone (so `--max-size` of the
 * rung where a witness was found replays it). The first decisive input found is simplified (keeping
 * it decisive and inside the hypotheses) and rechecked. The outcome:
 * - `error` when an evaluation threw, gave a non-finite value or could not finish (the search stops
 *   there: an error is never a verdict), with that input;
 * - `witnessed` (existence claims) or `refuted` (the rest) when a decisive input was found;
 * - `inconclusive` when the time budget ran out first;
 * - `not witnessed` (existence claims) or `holds` (the rest) when the budget was spent without one;
 *   but `error` when no input inside the hypotheses was judged at all (no evidence is no verdict).
 * The result's `search` has the curve and, per level of the target, when it was first reached.
 * Deterministic for the seed, but for `seconds`.
 * @internal
 */
export function searchClaim(claim: AnyClaim, options: CheckOptions): ClaimResult {
  const start = performance.now();
  const target = claim.target;
  if (target === undefined) throw new RangeError(`claim ${claim.id} has no search target`);
  const deadline =
    options.timeBudget === undefined ? Number.POSITIVE_INFINITY : start + 1000 * options.timeBudget;
  const existence = claim.kind === 'existence';
  const levels = (target.levels ?? []).map(
    (l) => ({ ...l, reached: false }) as Mutable<SearchSummary['levels'][number]> & { slack: number },
  );
  const stats: Record<string, number> = {};
  for (const label of claim.regimes) stats[label] = 0;
  const curve: Mutable<SearchSummary['curve'][number]>[] = [];
  const rungs: number[] = [];
  let evaluations = 0;
  let skipped = 0;
  let found: { input: unknown; judgement: Judgement; maxSize: number } | null = null;
  let ended: 'budget' | 'deadline' = 'budget';
  for (const size of searchLadder(options.maxSize)) {
    let space;
    try {
      space = target.space(size);
    } catch (e) {
      if (e instanceof RangeError) continue; // the claim's inputs cannot be this small
      throw e;
    }
    rungs.push(size);
    const result = targetedSearch(
      space,
      (input) => {
        const j = judgeInput(claim, input, options.solvers);
        if (j.kind === 'outside') {
          skipped++;
          return { score: Number.NEGATIVE_INFINITY };
        }
        evaluations++;
        options.onProgress?.(evaluations, size);
        try {
          for (const label of claim.classify(input)) stats[label] = (stats[label] ?? 0) + 1;
        } catch {
          // a classifier that throws leaves the counts as they are
        }
        if (j.kind === 'error') {
          found = { input, judgement: j, maxSize: size };
          return { score: Number.NEGATIVE_INFINITY, stop: true };
        }
        const ev = j.evaluation as Evaluation;
        for (const level of levels) {
          if (!level.reached && isDecisive(ev.violation + level.slack, ev.tolerance)) {
            Object.assign(level, { reached: true, evaluations, maxSize: size });
          }
        }
        const score = target.score?.(ev) ?? ev.violation;
        if (Number.isFinite(score) && score > (curve.at(-1)?.score ?? Number.NEGATIVE_INFINITY)) {
          curve.push({ evaluations, score, maxSize: size });
        }
        if (j.kind === 'decisive') {
          found = { input, judgement: j, maxSize: size };
          return { score, stop: true };
        }
        return { score };
      },
      { random: seededUniform(`search/${options.seed}/${size}`), budget: options.runs, deadline },
    );
    if (found !== null) break;
    if (result.ended === 'deadline') {
      ended = 'deadline';
      break;
    }
  }
  const search: SearchSummary = {
    evaluations,
    rungs,
    curve,
    levels: levels.map(({ slack: _slack, ...l }) => l),
  };
  const seconds = (): number => (performance.now() - start) / 1000;
  const base = {
    claim: claim.id,
    expected: claim.expected,
    runs: evaluations,
    seed: options.seed,
    stats,
    ...(skipped > 0 ? { skipped } : {}),
    search,
  };
  const hit = found as { input: unknown; judgement: Judgement; maxSize: number } | null;
  if (hit === null) {
    // No verdict from no evidence: a search that judged nothing inside the hypotheses is an error.
    if (evaluations === 0 && ended !== 'deadline') {
      const error =
        rungs.length === 0
          ? `the search space could not be built at any side bound up to ${options.maxSize}`
          : `the search judged no input inside the claim's hypotheses (${skipped} outside)`;
      return { ...base, outcome: 'error', seconds: seconds(), error };
    }
    if (ended === 'deadline') {
      const error = `time budget of ${options.timeBudget} s spent after ${evaluations} evaluations of the search, with no ${existence ? 'witness' : 'counterexample'}`;
      return { ...base, outcome: 'inconclusive', seconds: seconds(), error };
    }
    return { ...base, outcome: existence ? 'not witnessed' : 'holds', seconds: seconds() };
  }
  const kind = hit.judgement.kind;
  const keep = new Set([kind]);
  const input =
    kind === 'error' ? hit.input : simplifyInput(claim, hit.input, keep, options.solvers, deadline);
  const j = judgeInput(claim, input, options.solvers);
  const ev = j.evaluation;
  const counterexample = describeCounterexample(claim, input, ev);
  const witness = {
    replay: { seed: options.seed, path: '', maxSize: hit.maxSize },
    shrinks: 0,
    counterexample,
    input: codecOf(claim).encode(input),
  };
  if (j.kind !== kind) {
    const error = `the simplified ${kind === 'error' ? 'error' : 'witness'} did not reproduce: it is now ${j.kind}${j.message === undefined ? '' : ` (${j.message})`}`;
    return { ...base, outcome: 'error', seconds: seconds(), ...witness, error };
  }
  if (kind === 'error') {
    return { ...base, outcome: 'error', seconds: seconds(), ...witness, error: j.message ?? 'error' };
  }
  const precision = recheckCounterexample(claim, input, ev, options.solvers);
  return {
    ...base,
    outcome: existence ? 'witnessed' : 'refuted',
    seconds: seconds(),
    ...witness,
    precision,
  };
}
