import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './CliError.js';
import { OPTION_LIMITS } from './optionLimits.js';

/** The name of the configuration file, looked for in the working directory. @internal */
export const CONFIG_FILE = 'fa-verify.config.mjs';

/**
 * What `fa-verify.config.mjs` may set (its default export): defaults for the options of the same names,
 * which the command line overrides. Paths are relative to the file's folder. @internal
 */
export interface FaVerifyConfig {
  /** Claim files or globs, as `--claims`. */
  readonly claims?: readonly string[];
  readonly seed?: number;
  readonly runs?: number;
  readonly maxSize?: number;
  /** Where refutations are stored, as `--fixtures`. */
  readonly fixtures?: string;
  /** The folder of the file, which its paths are relative to. */
  readonly dir: string;
}

const INTEGER_KEYS = { seed: OPTION_LIMITS.seed, runs: OPTION_LIMITS.runs, maxSize: OPTION_LIMITS.maxSize };

/** One line naming the file, the key and its value. */
const bad = (key: string, value: unknown, want: string): CliError =>
  new CliError(`${CONFIG_FILE}: '${key}' must be ${want} (got ${JSON.stringify(value) ?? String(value)})`);

/**
 * Reads `fa-verify.config.mjs` from `dir` (the working directory), or null when there is none. Refuses,
 * in one line naming the file, the key and its value (exit 2), a file that does not import, a default
 * export that is not an object, an unknown key, or a value of the wrong kind or out of range.
 * @internal
 */
export async function readConfig(dir: string): Promise<FaVerifyConfig | null> {
  const file = join(dir, CONFIG_FILE);
  if (!existsSync(file)) return null;
  let value: unknown;
  try {
    value = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (e) {
    throw new CliError(
      `${CONFIG_FILE}: cannot be imported (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw bad('default export', value, 'an object ({ claims, seed, runs, maxSize, fixtures })');
  }
  const config: Record<string, unknown> = { dir };
  for (const [key, v] of Object.entries(value)) {
    if (key === 'claims') {
      const list = typeof v === 'string' ? [v] : v;
      const strings =
        Array.isArray(list) && list.length > 0 && list.every((x) => typeof x === 'string' && x !== '');
      if (!strings) throw bad(key, v, 'a file or glob, or a non-empty array of them');
      config.claims = list;
    } else if (key === 'fixtures') {
      if (typeof v !== 'string' || v === '') throw bad(key, v, 'a folder');
      config.fixtures = v;
    } else if (key in INTEGER_KEYS) {
      const { min, max } = INTEGER_KEYS[key as keyof typeof INTEGER_KEYS];
      const fits = Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
      if (!fits) throw bad(key, v, `an integer in ${min}..${max}`);
      config[key] = v;
    } else {
      throw new CliError(
        `${CONFIG_FILE}: unknown key '${key}' (known: claims, seed, runs, maxSize, fixtures)`,
      );
    }
  }
  return config as unknown as FaVerifyConfig;
}
