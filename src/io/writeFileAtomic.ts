import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `text` to `path` atomically: first to a temporary file beside it (`.<name>.<pid>.<n>.tmp`, in
 * the same directory so the rename cannot cross file systems), then renamed over `path`. A reader, or a
 * run killed midway, sees the old file or the whole new one, never a part; on failure the temporary
 * file is removed and the error rethrown. Missing parent directories are created.
 * @internal
 */
export function writeFileAtomic(path: string, text: string): void {
  makeParents(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * Creates `dir` and its missing ancestors one level at a time. (Node's `recursive` mkdir can spin
 * forever under special file systems such as /proc; a plain mkdir fails cleanly there.)
 */
function makeParents(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeParents(parent);
  mkdirSync(dir);
}
