import { catalogue } from '../../properties/catalogue.js';
import { FixtureError } from '../fixtures/readFixture.js';
import { listFixtureFiles, pathWithoutFixtures } from '../fixtures/listFixtureFiles.js';
import { replayFixture, type ReplayResult } from '../runner/replayFixture.js';
import { toJson } from '../io/toJson.js';
import { CliError } from './CliError.js';
import type { AnyClaim } from '../claim/Claim.js';

/**
 * `fa-verify replay <fixture|dir...> [--json]`: re-runs stored counterexamples of `claims` (the catalogue,
 * or the user's with `--claims`). A corrupt or foreign
 * file gets one line on stderr naming it, and the run goes on; a path with no fixture under it (missing,
 * or a directory without any) is refused at once, one line naming it (exit 2). Exit 0 when every fixture
 * replayed and its verdict stands, 1 when a verdict changed, 2 when a file could not be used, 3 when a
 * replay is an error (input outside the claim's hypotheses, a throw, a non-finite value).
 */
export function replayCommand(
  paths: readonly string[],
  o: { json?: boolean },
  out: (s: string) => void,
  err: (s: string) => void,
  claims: readonly AnyClaim[] = catalogue,
): number {
  const empty = pathWithoutFixtures(paths);
  if (empty !== null) throw new CliError(`no fixtures under '${empty.path}': ${empty.reason}`);
  const results: ReplayResult[] = [];
  let unusable = 0;
  for (const file of listFixtureFiles(paths)) {
    try {
      results.push(replayFixture(file, claims));
    } catch (e) {
      if (!(e instanceof FixtureError)) throw e;
      err(`fa-verify: ${e.message}\n`);
      unusable++;
    }
  }
  if (o.json === true) out(`${toJson(results)}\n`);
  else {
    for (const r of results) {
      out(`${r.ok ? 'ok  ' : 'FAIL'} ${r.status.padEnd(17)} ${r.claim}  ${r.file}\n`);
      if (r.error !== undefined) out(`     error: ${r.error}\n`);
    }
    out(`${results.filter((r) => r.ok).length} of ${results.length} fixtures stand; ${unusable} unusable\n`);
  }
  if (unusable > 0) return 2;
  if (results.some((r) => r.status === 'error')) return 3;
  return results.every((r) => r.ok) ? 0 : 1;
}
