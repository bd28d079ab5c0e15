import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `text` to `path` atomically: first to a temporary file beside it (same directory, so the
 * rename cannot cross file systems), then renamed over `path`. A reader sees the old file or the
 * whole new one, never a part; on failure the temporary file is removed and the error rethrown.
 * @public
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
