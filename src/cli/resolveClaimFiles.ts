import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CliError } from './CliError.js';

/**
 * The claim files that `--claims` patterns name (files or globs, relative to `dir`), as absolute paths:
 * pattern by pattern as given, the files of a glob sorted, each file once. Refuses, in one line naming
 * `--claims` (or the config file, as `source`) and the pattern (exit 2), a file that does not exist or
 * a glob that matches none.
 * @internal
 */
export function resolveClaimFiles(patterns: readonly string[], dir: string, source = '--claims'): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    let matched: string[];
    if (isDynamicPattern(pattern)) {
      matched = globSync(pattern, { cwd: dir, absolute: true, onlyFiles: true }).sort();
    } else {
      const path = isAbsolute(pattern) ? pattern : resolve(dir, pattern);
      matched = existsSync(path) && statSync(path).isFile() ? [path] : [];
    }
    if (matched.length === 0) {
      throw new CliError(
        `${source} '${pattern}': ${isDynamicPattern(pattern) ? 'no file matches' : 'no such file'}`,
      );
    }
    for (const file of matched) if (!files.includes(file)) files.push(file);
  }
  return files;
}
