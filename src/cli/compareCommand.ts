import { formatLeagueTable } from '../compare/formatLeagueTable.js';
import { leagueTable } from '../compare/leagueTable.js';
import { toJson } from '../io/toJson.js';

/** Options of {@link compareCommand}. @internal */
export interface CompareCommandOptions {
  readonly seed: number;
  readonly json?: boolean;
}

/**
 * `fa-verify compare`: the league table of the learning rules (every rule on low- and full-rank
 * targets with `r` below, at and above the rank), as a terminal table or, with `--json`, as
 * `{seed, maxSteps, tol, rows}`. The same seed prints the same bytes. Exit 0.
 * @internal
 */
export function compareCommand(o: CompareCommandOptions, out: (s: string) => void): number {
  const table = leagueTable(o.seed);
  out(o.json === true ? `${toJson(table)}\n` : formatLeagueTable(table));
  return 0;
}
