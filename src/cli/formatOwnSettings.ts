import type { AnyClaim } from '../claim/Claim.js';
import type { ClaimSettings } from '../runner/profiles.js';

/** What a claim's `runs` count: fast-check cases, a search's evaluations a rung, or draws at most. */
function budgetOf(claim: AnyClaim, runs: number): string {
  if (claim.kind === 'probability') return `up to ${runs} draws`;
  if (claim.target !== undefined) return `${runs} evaluations a rung of its search`;
  return `${runs} cases`;
}

/**
 * The claims that ran with settings of their own (a profile's per-claim overrides), one line each,
 * below the verdict table: so that `verify` says which claims ran on larger sides or with other budgets
 * than the profile's, and why a claim's inputs need the sides they had (`Claim.minSize`). '' when every
 * claim ran with the profile's settings. Pure.
 * @internal
 */
export function formatOwnSettings(
  claims: readonly AnyClaim[],
  settings: readonly ClaimSettings[],
  base: ClaimSettings,
): string {
  const lines = claims.flatMap((claim, i) => {
    const s = settings[i];
    if (s.runs === base.runs && s.maxSize === base.maxSize && s.timeBudget === base.timeBudget) return [];
    const needs = claim.minSize === undefined ? '' : ` (its inputs need sides of ${claim.minSize} or more)`;
    const budget = s.timeBudget === undefined ? '' : `, ${s.timeBudget} s`;
    return [`  ${claim.id}: ${budgetOf(claim, s.runs)}, sides up to ${s.maxSize}${budget}${needs}`];
  });
  return lines.length === 0 ? '' : `settings of their own:\n${lines.join('\n')}\n`;
}
