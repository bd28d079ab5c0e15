import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../claim/Claim.js';
import { toJson } from '../io/toJson.js';
import { listRules } from './listRules.js';

/**
 * `fa-verify list`: the claims (the catalogue, or the user's with `--claims`), as
 * `[{id, expected, statement, hypotheses}]` with `--json`; with `--rules`, the learning rules instead
 * ({@link listRules}).
 */
export function listCommand(
  o: { json?: boolean; rules?: boolean },
  out: (s: string) => void,
  claims: readonly AnyClaim[] = catalogue,
): number {
  if (o.rules === true) return listRules(o.json === true, out);
  const entries = claims.map((c) => ({
    id: c.id,
    expected: c.expected,
    statement: c.statement,
    hypotheses: c.hypotheses,
  }));
  if (o.json === true) out(`${toJson(entries)}\n`);
  else for (const e of entries) out(`${e.id.padEnd(44)} ${e.expected.padEnd(8)} ${e.statement}\n`);
  return 0;
}
