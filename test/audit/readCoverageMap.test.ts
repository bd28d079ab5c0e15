import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCoverageMap } from '../../src/audit/readCoverageMap.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cov-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};

describe('readCoverageMap', () => {
  it('reads an istanbul coverage-final.json', () => {
    const entry = { path: '/p/src/a.ts', statementMap: {}, s: {}, branchMap: {}, b: {} };
    expect(readCoverageMap(file('good.json', JSON.stringify({ '/p/src/a.ts': entry })))).toEqual({
      '/p/src/a.ts': entry,
    });
  });

  it.each([
    ['a missing file', join(dir, 'absent.json'), 'cannot read coverage'],
    ['not JSON', 'bad.json', 'cannot read coverage'],
    ['an array', 'array.json', 'not a coverage map'],
    ['an entry without counts', 'entry.json', 'is not an istanbul file coverage'],
  ])('rejects %s, naming the file', (_name, name, message) => {
    const texts: Record<string, string> = {
      'bad.json': '{"a": ',
      'array.json': '[]',
      'entry.json': JSON.stringify({ '/p/src/a.ts': { statementMap: {} } }),
    };
    const path = name in texts ? file(name, texts[name]) : name;
    expect(() => readCoverageMap(path)).toThrow(message);
    expect(() => readCoverageMap(path)).toThrow(path);
  });
});
