import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathWithoutFixtures } from '../../src/fixtures/listFixtureFiles.js';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// `replay` with nothing to replay is bad input, not a success: "0 of 0 fixtures stand" used to exit 0.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-replay-empty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const empty = join(dir, 'empty');
mkdirSync(empty);
const noJson = join(dir, 'no-json');
mkdirSync(join(noJson, 'claim'), { recursive: true });
writeFileSync(join(noJson, 'claim', 'notes.txt'), 'not a fixture');
writeFileSync(join(noJson, 'claim', '.abc.json.1.0.tmp'), '{}'); // an interrupted write is no fixture
const absent = join(dir, 'absent');

describe('replay: a path with no fixture under it', () => {
  it.each([
    ['an empty directory', [empty], empty, 'no *.json file in it'],
    ['a directory without any .json file', [noJson], noJson, 'no *.json file in it'],
    ['a path that does not exist', [absent], absent, 'cannot read it (ENOENT)'],
    ['an empty one among good ones', ['fixtures', empty], empty, 'no *.json file in it'],
  ])('%s: exit 2, one line naming the path', async (label, paths, named, reason) => {
    const res = await runMain('replay', ...paths);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, label);
    expect(res.stderr).toBe(`fa-verify: no fixtures under '${named}': ${reason}\n`);
    expect(res.stdout).toBe('');
  });

  it('pathWithoutFixtures: null when every path is a file or holds a fixture', () => {
    writeFileSync(join(dir, 'one.json'), '{}');
    expect(pathWithoutFixtures([join(dir, 'one.json'), dir])).toBeNull();
    expect(pathWithoutFixtures([dir, empty])).toEqual({ path: empty, reason: 'no *.json file in it' });
  });
});
