import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputDir, checkOutputFile } from '../../src/cli/checkOutputPath.js';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';
import { cliRefusal } from '../_support/cliRefusal.js';

// Output paths are checked before the long work: a file whose directory does not exist, a directory
// where a file is expected, a fixture store that is a file, each refused at once (one line naming the
// option and the path, exit 2), before any claim runs: nothing is printed and nothing is stored.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'not a directory');
const missing = join(dir, 'no-such-dir', 'out.file');

const refusal = cliRefusal;

describe('checkOutputFile and checkOutputDir', () => {
  it('take a new or existing file in an existing directory, and a directory that exists or can be made', () => {
    expect(refusal(() => checkOutputFile('--jsonl', join(dir, 'new.jsonl')))).toBe('accepted');
    expect(refusal(() => checkOutputFile('--jsonl', aFile))).toBe('accepted');
    expect(refusal(() => checkOutputDir('--fixtures', dir))).toBe('accepted');
    expect(refusal(() => checkOutputDir('--fixtures', join(dir, 'new', 'deeper')))).toBe('accepted');
    expect(existsSync(join(dir, 'new'))).toBe(false); // checking creates nothing
  });

  it.each<[string, () => void, string]>([
    ['a file under a missing directory', () => checkOutputFile('--jsonl', missing), 'does not exist'],
    ['a file that is a directory', () => checkOutputFile('--junit', dir), 'is a directory'],
    ['a file under a file', () => checkOutputFile('--jsonl', join(aFile, 'x.jsonl')), 'is not a directory'],
    ['an empty file name', () => checkOutputFile('--jsonl', ''), 'empty path'],
    ['a directory that is a file', () => checkOutputDir('--fixtures', aFile), 'is not a directory'],
    ['a directory under a file', () => checkOutputDir('--fixtures', join(aFile, 'x')), 'is not a directory'],
  ])('refuse %s, naming the option and the path', (_, f, reason) => {
    const message = refusal(f);
    expect(message).toMatch(/^--(jsonl|junit|fixtures) '/);
    expect(message).toContain(reason);
  });
});

describe('check and verify refuse an unusable output before running', () => {
  const cases: Array<[string, string[], string, string]> = [];
  for (const prefix of [['check', 'fa-converges-for-any-step-size'], ['verify']]) {
    const name = prefix[0];
    for (const option of ['--jsonl', '--junit']) {
      cases.push([
        `${name} ${option} under a missing directory`,
        [...prefix, option, missing],
        option,
        missing,
      ]);
      cases.push([`${name} ${option} an existing directory`, [...prefix, option, dir], option, dir]);
    }
    cases.push([`${name} --fixtures a file`, [...prefix, '--fixtures', aFile], '--fixtures', aFile]);
  }

  it.each(cases)('%s: exit 2, one line naming the option and the path', async (label, argv, option, path) => {
    const store = join(dir, `store-${label.replace(/\W+/g, '-')}`);
    const withStore = argv.includes('--fixtures') ? argv : [...argv, '--fixtures', store];
    const res = await runMain(...withStore);
    expect(res.code, res.stderr).toBe(2);
    expectOneLine(res.stderr, label);
    expect(res.stderr).toContain(`${option} '${path}'`);
    expect(res.stdout).toBe(''); // no verdict: nothing ran
    expect(existsSync(store)).toBe(false); // and no refutation was stored
  });

  it('report --out under a file: exit 2 before any work', async () => {
    const res = await runMain('report', '--out', join(aFile, 'report'));
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, 'report --out');
    expect(res.stderr).toContain(`--out: cannot write to directory '${join(aFile, 'report')}'`);
    expect(res.stdout).toBe('');
  });

  it('a good --jsonl and --junit in an existing directory are written after the run', async () => {
    mkdirSync(join(dir, 'out'));
    const jsonl = join(dir, 'out', 'r.jsonl');
    const junit = join(dir, 'out', 'r.xml');
    const res = await runMain(
      'check',
      'fa-limit-closed-form',
      '--runs',
      '2',
      '--no-fixtures',
      '--jsonl',
      jsonl,
      '--junit',
      junit,
    );
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(jsonl) && existsSync(junit)).toBe(true);
  });
});
