import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './CliError.js';

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null; // ENOTDIR: a part of it is a file
    throw e;
  }
};

const writable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Runs `look` and turns what the file system says (ENOTDIR, EACCES, ...) into a one-line refusal. */
function inspect(option: string, path: string, look: () => string | null): void {
  let problem: string | null;
  if (path.trim() === '') problem = 'empty path';
  else {
    try {
      problem = look();
    } catch (e) {
      problem = `cannot inspect it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
  }
  if (problem !== null) throw new CliError(`${option} '${path}': ${problem}`);
}

/**
 * Checks, before any long work, that a file can be written at `path` (the value of `option`, such as
 * `--jsonl`): its directory exists and is writable, and the path is not a directory. Throws a one-line
 * {@link CliError} naming the option, the path and the reason (exit 2). Writes nothing.
 * @internal
 */
export function checkOutputFile(option: string, path: string): void {
  inspect(option, path, () => {
    const self = statOrNull(path);
    if (self?.isDirectory() === true) return 'is a directory (a file name is expected)';
    const dir = dirname(resolve(path));
    const parent = statOrNull(dir);
    if (parent === null) return `directory '${dir}' does not exist`;
    if (!parent.isDirectory()) return `'${dir}' is not a directory`;
    if (!writable(dir)) return `directory '${dir}' is not writable`;
    if (self !== null && !self.isFile()) return 'is not a regular file';
    return null;
  });
}

/**
 * Checks, before any long work, that `dir` (the value of `option`, such as `--fixtures`) can hold files:
 * a writable directory, or a path that does not exist yet whose nearest existing ancestor is a writable
 * directory (it is created when first needed). Throws a one-line {@link CliError} naming the option,
 * the path and the reason (exit 2). Creates nothing.
 * @internal
 */
export function checkOutputDir(option: string, dir: string): void {
  inspect(option, dir, () => {
    let at = resolve(dir);
    let s = statOrNull(at);
    while (s === null && dirname(at) !== at) {
      at = dirname(at);
      s = statOrNull(at);
    }
    if (s === null) return 'no part of it exists';
    if (!s.isDirectory()) return at === resolve(dir) ? 'is not a directory' : `'${at}' is not a directory`;
    if (!writable(at)) return `directory '${at}' is not writable`;
    return null;
  });
}
