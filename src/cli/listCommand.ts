import { catalogue } from '../../properties/catalogue.js';
import { toJson } from '../io/toJson.js';

/** `fa-verify list`: the catalogue, as `[{id, expected, statement, hypotheses}]` with `--json`. */
export function listCommand(o: { json?: boolean }, out: (s: string) => void): number {
  const entries = catalogue.map((c) => ({
    id: c.id,
    expected: c.expected,
    statement: c.statement,
    hypotheses: c.hypotheses,
  }));
  if (o.json === true) out(`${toJson(entries)}\n`);
  else for (const e of entries) out(`${e.id.padEnd(44)} ${e.expected.padEnd(8)} ${e.statement}\n`);
  return 0;
}
