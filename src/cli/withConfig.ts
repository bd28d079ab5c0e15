import type { FaVerifyConfig } from './readConfig.js';

/** Where an option's value came from, as commander says (`cli`, `default`, ...). */
type SourceOf = (key: string) => string | undefined;

/**
 * The options of `check` or `verify` with the config file's `seed`, `runs`, `maxSize` and `fixtures`
 * filled in where the command line did not give them (an option typed on the command line always wins,
 * `--no-fixtures` too). The config file is the working directory's, so its fixture folder is as written. Pure.
 * @internal
 */
export function withConfig<T extends object>(
  options: T,
  config: FaVerifyConfig | null,
  sourceOf: SourceOf,
): T {
  if (config === null) return options;
  const out = { ...options } as Record<string, unknown>;
  for (const key of ['seed', 'runs', 'maxSize', 'fixtures'] as const) {
    const value = config[key];
    if (value !== undefined && sourceOf(key) !== 'cli') out[key] = value;
  }
  return out as T;
}
