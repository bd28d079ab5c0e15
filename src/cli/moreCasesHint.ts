import type { ClaimResult } from '../claim/ClaimResult.js';

/** The fewest cases worth suggesting for a search that found no counterexample. */
const SUGGESTED_RUNS = 100;

/**
 * Why a claim expected to be refuted may have come out `holds`: the search ran too few cases. A hint
 * line naming the claim, how many cases ran, and how many to try (100, or ten times as many as ran
 * when that was 100 or more); `undefined` for any other pair of expected and observed outcome (a claim expected to hold
 * that was refuted shows its counterexample; an error shows its message). Pure.
 * @internal
 */
export function moreCasesHint(
  r: Pick<ClaimResult, 'claim' | 'expected' | 'outcome' | 'runs'>,
): string | undefined {
  if (r.expected !== 'refuted' || r.outcome !== 'holds') return undefined;
  const cases = `${r.runs} ${r.runs === 1 ? 'case' : 'cases'}`;
  const more = r.runs < SUGGESTED_RUNS ? SUGGESTED_RUNS : 10 * r.runs;
  return `hint: ${r.claim} is expected to be refuted, but none of its ${cases} refuted it: a counterexample may need more cases (try --runs ${more} or more)`;
}
