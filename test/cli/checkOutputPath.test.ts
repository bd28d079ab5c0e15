import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkOutputDir, checkOutputFile } from '../../src/cli/checkOutputPath.js';
import { cliRefusal } from '../_support/cliRefusal.js';

// What the file system says beyond "missing" and "not a directory": a name too long to look up, a
// path that is no regular file, and (as root every directory is writable, so the answer of
// `access` is replaced here) a directory that cannot be written.

const denied = vi.hoisted(() => ({ dirs: new Set<string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    accessSync: (path: string, mode?: number) => {
      if (denied.dirs.has(path)) throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
      fs.accessSync(path, mode);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-output-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => denied.dirs.clear());

const refusal = cliRefusal;

describe('checkOutputFile and checkOutputDir: what the file system says', () => {
  it('refuse a name too long to look up, with the error code', () => {
    const long = join(dir, 'x'.repeat(300));
    expect(refusal(() => checkOutputFile('--jsonl', long))).toBe(
      `--jsonl '${long}': cannot inspect it (ENAMETOOLONG)`,
    );
    expect(refusal(() => checkOutputDir('--fixtures', long))).toBe(
      `--fixtures '${long}': cannot inspect it (ENAMETOOLONG)`,
    );
  });

  it('refuses a file that is not a regular file (a device)', () => {
    expect(refusal(() => checkOutputFile('--junit', '/dev/null'))).toBe(
      "--junit '/dev/null': is not a regular file",
    );
  });

  it('refuses a file in, and a fixture store under, a directory that cannot be written', () => {
    denied.dirs.add(dir);
    expect(refusal(() => checkOutputFile('--jsonl', join(dir, 'out.jsonl')))).toBe(
      `--jsonl '${join(dir, 'out.jsonl')}': directory '${dir}' is not writable`,
    );
    expect(refusal(() => checkOutputDir('--fixtures', join(dir, 'store')))).toBe(
      `--fixtures '${join(dir, 'store')}': directory '${dir}' is not writable`,
    );
    denied.dirs.clear();
    expect(refusal(() => checkOutputFile('--jsonl', join(dir, 'out.jsonl')))).toBe('accepted');
    expect(refusal(() => checkOutputDir('--fixtures', join(dir, 'store')))).toBe('accepted');
  });
});
