import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';
import { readJsonFile } from '../../src/cli/readJsonFile.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(path: string): CliError {
  try {
    readJsonFile(path);
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error(`no error for ${path}`);
}

describe('readJsonFile', () => {
  it('parses a JSON file', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '{"a": [1, 2]}');
    expect(readJsonFile(path)).toEqual({ a: [1, 2] });
  });

  it('reports a missing file as a one-line CliError with exit code 2', () => {
    const e = thrown(join(dir, 'absent.json'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('ENOENT');
    expect(e.message).not.toContain('\n');
  });

  it('reports malformed JSON as a one-line CliError naming the file', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{"a": [1,\n 2,\n');
    const e = thrown(path);
    expect(e.exitCode).toBe(2);
    expect(e.message.startsWith(`${path}: not valid JSON`)).toBe(true);
    expect(e.message).not.toContain('\n');
  });
});
