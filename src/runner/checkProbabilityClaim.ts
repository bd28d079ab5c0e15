import fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { judgeInput } from '../claim/judgeInput.js';
import type { ProbabilityEstimate } from '../claim/ProbabilityEstimate.js';
import { codecOf } from '../fixtures/codecOf.js';
import type { CheckOptions } from './CheckOptions.js';
import { describeCounterexample } from './describeCounterexample.js';
import { judgeProportion, probabilityLooks } from './judgeProportion.js';

/**
 * Runs a high-probability claim ({@link Claim.probability}): draws inputs from the claim's generator
 * without fast-check's bias toward small values (`fc.noBias`: the probability is over the generator's
 * own law), judges the event on each (the evaluation passes), and looks at the count after 16, 32,
 * 64, ... draws up to `runs` ({@link probabilityLooks}). At each look the Wilson interval at the
 * claim's confidence, split over the looks (Bonferroni), decides: wholly at or above `p` is `holds`,
 * wholly below is `refuted`; when the draws are spent first it is `inconclusive` (never `holds`), as
 * when the time budget runs out. An evaluation that errs ends the run as an `error` with that input.
 * Inputs outside the hypotheses are skipped. The inputs are `fc.sample`'s for the seed, in its order,
 * each generated once, when it is judged. Deterministic for the seed, but for `seconds`.
 * @internal
 */
export function checkProbabilityClaim(claim: AnyClaim, options: CheckOptions): ClaimResult {
  const start = performance.now();
  const spec = claim.probability;
  if (spec === undefined) throw new RangeError(`claim ${claim.id} states no probability`);
  const deadline =
    options.timeBudget === undefined ? Number.POSITIVE_INFINITY : start + 1000 * options.timeBudget;
  const looks = probabilityLooks(options.runs);
  const arbitrary = fc.noBias(claim.arbitrary(options.maxSize));
  const stats: Record<string, number> = {};
  for (const label of claim.regimes) stats[label] = 0;
  let successes = 0;
  let trials = 0;
  let skipped = 0;
  let drawn = 0;
  const seconds = (): number => (performance.now() - start) / 1000;
  const estimate = (): ProbabilityEstimate => judgeProportion(successes, trials, spec, looks.length).estimate;
  const base = () => ({
    claim: claim.id,
    expected: claim.expected,
    runs: trials,
    seed: options.seed,
    stats,
    ...(skipped > 0 ? { skipped } : {}),
    probability: estimate(),
  });
  const draws = lazySample(arbitrary, options.seed, options.runs);
  for (const look of looks) {
    const inputs = draws.slice(drawn, look);
    drawn = look;
    for (const draw of inputs) {
      if (performance.now() >= deadline) {
        const error = `time budget of ${options.timeBudget} s spent after ${trials} draws, with the interval undecided`;
        return { ...base(), outcome: 'inconclusive', seconds: seconds(), error };
      }
      const input = draw();
      const j = judgeInput(claim, input, options.solvers);
      if (j.kind === 'outside') {
        skipped++;
        continue;
      }
      try {
        for (const label of claim.classify(input)) stats[label] = (stats[label] ?? 0) + 1;
      } catch {
        // a classifier that throws leaves the counts as they are
      }
      if (j.kind === 'error') {
        const counterexample = describeCounterexample(claim, input, j.evaluation);
        return {
          ...base(),
          outcome: 'error',
          seconds: seconds(),
          counterexample,
          input: codecOf(claim).encode(input),
          replay: { seed: options.seed, path: '', maxSize: options.maxSize },
          error: `draw ${trials + skipped + 1}: ${j.message ?? 'error'}`,
        };
      }
      trials++;
      if (j.kind === 'pass') successes++;
      options.onProgress?.(trials, options.maxSize);
    }
    const { decided } = judgeProportion(successes, trials, spec, looks.length);
    if (decided !== null) return { ...base(), outcome: decided, seconds: seconds() };
  }
  const error = `${trials} draws spent with the interval undecided: [${estimate().lower.toFixed(3)}, ${estimate().upper.toFixed(3)}] contains p = ${spec.p}`;
  return { ...base(), outcome: 'inconclusive', seconds: seconds(), error };
}

/**
 * The draws of `fc.sample(arbitrary, { seed, numRuns: count })`, in its order, each generated only
 * when called (and so once, however many looks a run takes). fast-check hands the generator of draw i
 * a random source of its own, fixed by the seed and i alone; sampling an arbitrary that keeps that
 * source, instead of spending it, costs a copy of the source per draw and nothing else.
 */
function lazySample<T>(arbitrary: fc.Arbitrary<T>, seed: number, count: number): Array<() => T> {
  class Deferred extends fc.Arbitrary<() => T> {
    generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<() => T> {
      const own = mrng.clone();
      return new fc.Value(() => arbitrary.generate(own, biasFactor).value_, undefined);
    }
    canShrinkWithoutContext(_value: unknown): _value is () => T {
      return false;
    }
    shrink(): fc.Stream<fc.Value<() => T>> {
      return fc.Stream.nil();
    }
  }
  return fc.sample(new Deferred(), { seed, numRuns: count });
}
