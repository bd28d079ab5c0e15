import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_SOLVE_CASES, GOOD_CASE_TEXT } from '../_support/badSolveCases.js';
import { expectOneLine, NOT_JSON_FILES } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// The command line in process: `main(argv)` with stdout and stderr captured. The same contract as the
// end-to-end tests of the built command (test/cli/solveCommand.test.ts), on every case of the table.

let dir = '';
let counter = 0;

function caseFile(text: string): string {
  const path = join(dir, `case-${counter++}.json`);
  writeFileSync(path, text, 'utf8');
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fa-verify-main-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('main: bad files', () => {
  it.each(NOT_JSON_FILES)('%s: exit 2, one line naming the file', async (name, text) => {
    const file = caseFile(text);
    const res = await runMain('solve', file, '--json');
    expect(res.code, name).toBe(2);
    expectOneLine(res.stderr, name);
    expect(res.stderr).toContain(file);
    expect(res.stdout).toBe('');
  });

  it('a missing file and a directory: exit 2, one line naming the file and the reason', async () => {
    const missing = await runMain('solve', join(dir, 'absent.json'));
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, 'missing');
    expect(missing.stderr).toContain('ENOENT');
    const directory = await runMain('solve', dir);
    expect(directory.code).toBe(2);
    expectOneLine(directory.stderr, 'directory');
    expect(directory.stderr).toContain('EISDIR');
  });
});

describe('main: bad input table', () => {
  for (const c of BAD_SOLVE_CASES) {
    it(`${c.name}: exit 2, one line naming ${c.field}`, async () => {
      const res = await runMain('solve', caseFile(c.text), '--json');
      expect(res.code, `${c.name}: stderr ${res.stderr}`).toBe(2);
      expectOneLine(res.stderr, c.name);
      for (const part of [`${c.field}: `, ...(c.value === undefined ? [] : [c.value])]) {
        expect(res.stderr).toContain(part);
      }
      expect(res.stderr).not.toContain('internal error');
      expect(res.stdout).toBe('');
    });
  }
});

describe('main: usage errors', () => {
  it.each([
    ['solve without a file', ['solve']],
    ['an unknown command', ['bogus']],
    ['an unknown option', ['solve', 'x.json', '--bogus']],
  ])('%s: exit 2, one line', async (name, argv) => {
    const res = await runMain(...argv);
    expect(res.code, name).toBe(2);
    expectOneLine(res.stderr, name);
    expect(res.stderr.startsWith('fa-verify: ')).toBe(true);
  });

  it('no command: exit 2 with the help on stderr', async () => {
    const res = await runMain();
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('solve');
  });

  it('--help: exit 0', async () => {
    const res = await runMain('--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('solve');
  });
});

describe('main: runs', () => {
  it('a good gd case: exit 0, no alignment or faLimitLoss without B', async () => {
    const text = JSON.stringify({
      Y: [
        [3, 0],
        [0, 1],
      ],
      r: 1,
      rule: 'gd',
      eta: 0.1,
      steps: 20,
      init: { scale: 0.1, seed: 'cli' },
    });
    const res = await runMain('solve', caseFile(text), '--json');
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(report).not.toHaveProperty('alignment');
    expect(report).not.toHaveProperty('faLimitLoss');
    expect(report.rule).toBe('gd');
    expect(Number.isFinite(report.loss)).toBe(true);
  });

  it('a good case without --json: exit 0 and a summary for people', async () => {
    const res = await runMain('solve', caseFile(GOOD_CASE_TEXT));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('stopped: steps after 50 steps');
    expect(res.stdout).toContain('FA limit loss');
    expect(res.stdout).not.toContain('NaN');
  });

  it('a diverging case without --json: exit 1, the summary on stdout, one line on stderr', async () => {
    const res = await runMain('solve', caseFile(GOOD_CASE_TEXT.replace('"eta":0.1', '"eta":1000')));
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, 'diverging');
    expect(res.stderr).toMatch(/diverged at step \d+/);
    expect(res.stdout).toContain('stopped: diverged');
    expect(res.stdout).not.toContain('NaN');
  });

  // Regression: from explicit factors a finite update can overflow the loss (Z ~ 1e150, W ~ 1e150);
  // the JSON report must still carry a finite loss, not null.
  it('a diverging case whose loss overflows: the JSON loss is a finite number', async () => {
    const text = JSON.stringify({ ...JSON.parse(GOOD_CASE_TEXT), eta: 1e150, Z0: [[1], [1]], W0: [[1, 1]] });
    const res = await runMain('solve', caseFile(text), '--json');
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, 'overflow');
    const report = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(report.reason).toBe('diverged');
    expect(Number.isFinite(report.loss), `loss ${String(report.loss)}`).toBe(true);
  });
});
