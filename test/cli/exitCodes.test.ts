import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// The exit codes, as --help and the README state them: 0 as expected, 1 not as expected, 2 bad usage or
// input, 3 an evaluation error, 4 an internal error (a bug in fa-verify).

describe('exit codes', () => {
  it('--help lists all five codes', async () => {
    const res = await runMain('--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Exit codes:');
    for (const line of [
      /^ {2}0 {2}every verdict as expected$/m,
      /^ {2}1 {2}a verdict not as expected/m,
      /^ {2}2 {2}bad usage or input/m,
      /^ {2}3 {2}an evaluation error/m,
      /^ {2}4 {2}internal error: a bug in fa-verify/m,
    ]) {
      expect(res.stdout).toMatch(line);
    }
  });

  it('the README has the same table in the section on check', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes'));
    expect(table.indexOf('### Exit codes')).toBe(0);
    for (const code of [0, 1, 2, 3, 4]) expect(table).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
  });

  it('an unexpected throw is an internal error: exit 4, one line asking for a report', async () => {
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => {
      throw new Error('the disk is on fire\n    at somewhere (x.js:1:1)');
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    let code: number;
    try {
      code = await main(['list']);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(code).toBe(4);
    expectOneLine(stderr, 'internal error');
    expect(stderr).toBe(
      'fa-verify: internal error (a bug in fa-verify; please report it with the command line): the disk is on fire\n',
    );
  });

  it('bad usage is 2, never 3 or 4', async () => {
    for (const argv of [
      ['check', 'gd-reaches-optimum', '--path', 'garbage'],
      ['replay', '/no/such/dir'],
    ]) {
      const res = await runMain(...argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr).not.toContain('internal error');
    }
  });
});
