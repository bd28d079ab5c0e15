import type { ClaimResult } from '../claim/ClaimResult.js';
import { toJson } from '../io/toJson.js';

/**
 * JSON Lines of a catalogue run: one JSON object per claim, one per line, each ending in a newline, in
 * the order given. Non-finite numbers (NaN, Infinity) become `null`, typed arrays plain arrays, so
 * every line parses as strict JSON; the objects follow `schema/claim-result.schema.json`. Pure.
 * @public
 */
export function toJsonLines(results: readonly ClaimResult[]): string {
  return results.map((r) => `${toJson(r)}\n`).join('');
}
