import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/writeFileAtomic.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one whole, leaving no temporary file', () => {
    const file = join(dir, 'index.html');
    writeFileAtomic(file, 'first ε');
    expect(readFileSync(file, 'utf8')).toBe('first ε');
    writeFileSync(file, 'a much longer old content that must not survive in part');
    writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });

  it('creates missing parent directories', () => {
    writeFileAtomic(join(dir, 'absent', 'deeper', 'index.html'), 'x');
    expect(readFileSync(join(dir, 'absent', 'deeper', 'index.html'), 'utf8')).toBe('x');
    expect(readdirSync(join(dir, 'absent', 'deeper'))).toEqual(['index.html']);
  });

  it('throws when the target is a directory, and removes its temporary file', () => {
    mkdirSync(join(dir, 'sub'));
    expect(() => writeFileAtomic(join(dir, 'sub'), 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(readdirSync(dir).sort()).toEqual(['absent', 'index.html', 'sub']);
  });
});
