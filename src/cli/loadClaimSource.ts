import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../claim/Claim.js';
import { ClaimFileError, loadClaimModules } from '../runner/loadClaimModules.js';
import { CliError } from './CliError.js';
import { CONFIG_FILE, type FaVerifyConfig } from './readConfig.js';
import { resolveClaimFiles } from './resolveClaimFiles.js';

/** The claims a command works on, and where they came from. @internal */
export interface ClaimSource {
  readonly claims: readonly AnyClaim[];
  /** The user's claim files (absolute paths), for worker threads; absent for the catalogue. */
  readonly files?: readonly string[];
  /** What a printed replay command must add to find the claim (`--claims P` as typed); '' when nothing. */
  readonly claimsOption: string;
}

/**
 * The claims of a command: the user's, from `--claims` patterns (relative to the working directory)
 * or else from the config file's `claims` (relative to its folder), in place of the catalogue; the
 * catalogue when neither names any. A pattern that matches nothing, or a file that does not import,
 * exports no claim or repeats an id, is refused in one line naming `--claims` (or the config file) and
 * the file (exit 2).
 * @internal
 */
export async function loadClaimSource(
  patterns: readonly string[] | undefined,
  config: FaVerifyConfig | null,
  cwd: string,
): Promise<ClaimSource> {
  const fromCli = patterns !== undefined && patterns.length > 0;
  if (!fromCli && config?.claims === undefined) return { claims: catalogue, claimsOption: '' };
  const source = fromCli ? '--claims' : `${CONFIG_FILE} 'claims'`;
  const files = fromCli
    ? resolveClaimFiles(patterns, cwd)
    : resolveClaimFiles(config?.claims ?? [], config?.dir ?? cwd, source);
  try {
    const claims = await loadClaimModules(files);
    return {
      claims,
      files,
      claimsOption: fromCli
        ? patterns.map((p) => ` --claims ${/[\s'"*?[\]{}]/.test(p) ? `'${p}'` : p}`).join('')
        : '',
    };
  } catch (e) {
    if (e instanceof ClaimFileError) throw new CliError(`${source} '${e.file}': ${e.reason}`);
    throw e;
  }
}
