import type { AnyClaim } from '../claim/Claim.js';
import { CliError } from './CliError.js';

/**
 * The claims `verify --only` and `--exclude` leave, in their order: only those named by `only` (all
 * when absent), less those named by `exclude`. An id that is no claim's is refused in one line naming
 * the option, the id and the known ids (exit 2); so is a selection that leaves no claim.
 * @internal
 */
export function selectClaims(
  claims: readonly AnyClaim[],
  only: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
): readonly AnyClaim[] {
  const known = new Set(claims.map((c) => c.id));
  for (const [option, ids] of [
    ['--only', only],
    ['--exclude', exclude],
  ] as const) {
    for (const id of ids ?? []) {
      if (!known.has(id))
        throw new CliError(`${option} '${id}': unknown claim id; known ids: ${[...known].join(', ')}`);
    }
  }
  const selected = claims.filter(
    (c) => (only === undefined || only.includes(c.id)) && !(exclude ?? []).includes(c.id),
  );
  if (selected.length === 0) throw new CliError(`--exclude: leaves no claim to run`);
  return selected;
}
