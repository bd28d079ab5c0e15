import { pathToFileURL } from 'node:url';
import type { AnyClaim } from '../claim/Claim.js';

/** A claim file that cannot be used: the file, and why, in one line. @public */
export class ClaimFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ClaimFileError';
  }
}

/** Whether a value is shaped like a claim (an id, an expected outcome, a generator and an `evaluate`). */
function isClaim(x: unknown): x is AnyClaim {
  if (x === null || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    ['holds', 'refuted', 'witnessed', 'not witnessed', 'open'].includes(c.expected as string) &&
    typeof c.arbitrary === 'function' &&
    typeof c.evaluate === 'function' &&
    typeof c.unmetHypotheses === 'function'
  );
}

/** The claims a module exports: its default export first, then its named ones by name; a claim or an array of them. */
function claimsOf(module: Record<string, unknown>): AnyClaim[] {
  const names = Object.keys(module).sort((a, b) =>
    a === 'default' ? -1 : b === 'default' ? 1 : a < b ? -1 : 1,
  );
  const found: AnyClaim[] = [];
  for (const name of names) {
    const value = module[name];
    for (const x of Array.isArray(value) ? value : [value])
      if (isClaim(x) && !found.includes(x)) found.push(x);
  }
  return found;
}

/**
 * The claims of a user's claim modules (JavaScript files; compile TypeScript first), in a fixed order:
 * file by file as given, in each the default export first, then the named exports by name, each a claim
 * (as `defineClaim` makes) or an array of claims; a claim exported twice counts once. Worker threads
 * call it with the same files and get the same list. Throws {@link ClaimFileError} for a file that
 * cannot be imported, that exports no claim, or whose claim id another claim already has.
 * @public
 */
export async function loadClaimModules(files: readonly string[]): Promise<AnyClaim[]> {
  const claims: AnyClaim[] = [];
  const origin = new Map<string, string>();
  for (const file of files) {
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      const hint = /\.[cm]?ts$/.test(file) ? '; compile TypeScript first (tsc) and name the .js file' : '';
      throw new ClaimFileError(file, `cannot be imported (${message})${hint}`);
    }
    const own = claimsOf(module);
    if (own.length === 0) {
      throw new ClaimFileError(
        file,
        'exports no claim (export a claim made by defineClaim, or an array of them)',
      );
    }
    for (const claim of own) {
      const other = origin.get(claim.id);
      if (other !== undefined) {
        throw new ClaimFileError(
          file,
          `claim id '${claim.id}' is already taken${other === file ? '' : ` by ${other}`}`,
        );
      }
      origin.set(claim.id, file);
      claims.push(claim);
    }
  }
  return claims;
}
