import type { ClaimResult } from '../catalogue/ClaimResult.js';

/** The command that replays a refutation (seed and path), or '' when there is none. Pure. @internal */
export function replayHint(r: ClaimResult, maxSize: number): string {
  if (r.outcome !== 'refuted' || r.path === undefined) return '';
  return `replay: fa-verify check ${r.claim} --seed ${r.seed} --max-size ${r.maxSize ?? maxSize} --path ${r.path}\n`;
}
