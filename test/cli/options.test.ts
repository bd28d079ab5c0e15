import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// Every option a user can type on check, verify and report: a value out of range or of the wrong form is
// one line naming the option and the value, exit 2, and nothing runs (stdout stays empty).

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOLDS = 'fa-limit-closed-form';

describe('numeric options: range and form', () => {
  const cases: Array<[string, string, string[]]> = [];
  for (const [command, prefix] of [
    ['check', ['check', HOLDS]],
    ['verify', ['verify']],
    ['report', ['report', '--out', join(dir, 'report')]],
  ] as const) {
    for (const value of ['99999999999', '2147483648', '-2147483649', '0x10', '1.5', '', '1e3']) {
      cases.push([`${command} --seed`, value, [...prefix, '--seed', value]]);
    }
    for (const value of ['0', '-5', '1.5', '100001', '']) {
      cases.push([`${command} --runs`, value, [...prefix, '--runs', value]]);
    }
    for (const value of ['0', '257', '-1', '2.5']) {
      cases.push([`${command} --max-size`, value, [...prefix, '--max-size', value]]);
    }
  }
  for (const value of ['0', '257', '-1', '1.5'])
    cases.push(['verify --workers', value, ['verify', '--workers', value]]);
  for (const value of ['0', '10001', 'x']) {
    cases.push(['report --draws', value, ['report', '--out', join(dir, 'report'), '--draws', value]]);
  }

  it.each(cases)('%s %j: exit 2, one line naming the option and the value', async (label, value, argv) => {
    const res = await runMain(...argv);
    expect(res.code, res.stderr).toBe(2);
    expectOneLine(res.stderr, `${label} ${value}`);
    expect(res.stderr).toContain(label.split(' ')[1]);
    expect(res.stderr).toContain(`'${value}'`);
    expect(res.stderr).not.toContain('internal error');
    expect(res.stdout).toBe('');
  });

  it('a seed prints as it runs: the largest 32-bit seed is taken and echoed as given', async () => {
    const res = await runMain(
      'check',
      HOLDS,
      '--runs',
      '1',
      '--seed',
      '2147483647',
      '--no-fixtures',
      '--json',
    );
    expect(res.code, res.stderr).toBe(0);
    expect((JSON.parse(res.stdout) as { seed: number }).seed).toBe(2147483647);
  });

  it('--help states every bound', async () => {
    const check = await runMain('check', '--help');
    expect(check.code).toBe(0);
    for (const text of ['-2147483648..2147483647', '1..256', '1..100000'])
      expect(check.stdout).toContain(text);
    const verify = await runMain('verify', '--help');
    expect(verify.stdout).toContain('1..256 (default: one per core');
    const report = await runMain('report', '--help');
    expect(report.stdout).toContain('1..10000');
  });
});

describe('--max-size 1: every size a claim can shrink to', () => {
  it('a claim that refutes at 1 x 1 runs with --max-size 1, and its printed replay command works', async () => {
    const fixtures = join(dir, 'fx-size-1');
    const first = await runMain(
      'check',
      'fa-converges-for-any-step-size',
      '--max-size',
      '1',
      '--fixtures',
      fixtures,
    );
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('refuted (expected refuted');
    const long = /or: fa-verify (check .*--max-size 1 --path \S+)$/m.exec(first.stderr);
    expect(long, first.stderr).not.toBeNull();
    const replay = await runMain(...(long as RegExpExecArray)[1].split(' '), '--no-fixtures');
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.stdout).toContain('refuted (expected refuted');
    expect(readdirSync(join(fixtures, 'fa-converges-for-any-step-size'))).toHaveLength(1);
  });

  it('a claim whose cases need 2 (r < rank(Y)): one line naming --max-size, the claim and 2', async () => {
    const res = await runMain('check', 'equal-loss-implies-same-representation', '--max-size', '1');
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, 'check --max-size 1');
    expect(res.stderr).toBe(
      'fa-verify: --max-size 1 is too small for equal-loss-implies-same-representation: its cases need --max-size 2 or more\n',
    );
    expect(res.stdout).toBe('');
  });

  it.each([
    ['verify', ['verify', '--no-fixtures']],
    ['report', ['report', '--out', join(dir, 'report-1')]],
  ])('%s --max-size 1: the same line, before any claim runs', async (_, argv) => {
    const res = await runMain(...argv, '--max-size', '1');
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, `${argv[0]} --max-size 1`);
    expect(res.stderr).toContain('--max-size 1 is too small for fa-far-from-optimal');
    expect(res.stderr).toContain('--max-size 2 or more');
    expect(res.stdout).toBe('');
  });
});

describe('odd input on every command: one line, exit 2, never an internal error', () => {
  it.each([
    ['an unknown claim id', ['check', 'no-such-claim']],
    ['an empty claim id', ['check', '']],
    ['an empty --fixtures', ['check', HOLDS, '--fixtures', '']],
    ['an empty --jsonl', ['check', HOLDS, '--jsonl', '']],
    ['an empty --junit', ['verify', '--junit', '']],
    ['an empty --path', ['check', HOLDS, '--path', '']],
    ['a negative --path', ['check', HOLDS, '--path', '-1']],
    ['an empty replay path', ['replay', '']],
    ['an empty solve file', ['solve', '']],
    ['a directory as the solve file', ['solve', dir]],
    ['an empty --out', ['report', '--out', '']],
    ['an unknown option', ['verify', '--bogus']],
    ['a missing option value', ['check', HOLDS, '--runs']],
  ])('%s', async (label, argv) => {
    const res = await runMain(...argv);
    expect(res.code, res.stderr).toBe(2);
    expectOneLine(res.stderr, label);
    expect(res.stderr).not.toContain('internal error');
    expect(res.stdout).toBe('');
  });
});
