import { loadClaimSource, type ClaimSource } from './loadClaimSource.js';
import { readConfig, type FaVerifyConfig } from './readConfig.js';

/** The config file of the working directory (or null) and the claims a command works on. @internal */
export interface ClaimContext {
  readonly config: FaVerifyConfig | null;
  readonly source: ClaimSource;
}

/**
 * Reads `fa-verify.config.mjs` from the working directory, if there is one, and loads the claims of
 * `--claims` (else the config's, else the catalogue): what `check`, `verify`, `list` and `replay`
 * start from. Refusals are one line naming the file or option (exit 2).
 * @internal
 */
export async function claimContext(patterns: readonly string[] | undefined): Promise<ClaimContext> {
  const cwd = process.cwd();
  const config = await readConfig(cwd);
  return { config, source: await loadClaimSource(patterns, config, cwd) };
}
