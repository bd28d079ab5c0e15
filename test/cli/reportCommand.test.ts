import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { REPORT_PLOT_COUNT } from '../../src/report/buildReportData.js';
import { expectOneLine, type CliRun } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fa-verify report: bad input', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a directory');

  it.each([
    ['--seed', 'abc', ['--seed', 'abc']],
    ['--seed', '1.5', ['--seed', '1.5']],
    ['--runs', '0', ['--runs', '0']],
    ['--max-size', '257', ['--max-size', '257']],
    ['--draws', 'x', ['--draws', 'x']],
    ['--out', file, ['--out', file]],
    ['--out', join(file, 'below'), ['--out', join(file, 'below')]],
  ])('%s %s: exit 2, one line naming the option and the value', async (option, value, args) => {
    const res = await runMain('report', ...args);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, `${option} ${value}`);
    expect(res.stderr).toContain(option);
    expect(res.stderr).toContain(value);
    expect(res.stdout).toBe('');
  });
});

describe('fa-verify report: a quick run', () => {
  it('writes <out>/index.html, logs [i/N] lines off a terminal, and exits by the verdicts', async () => {
    const out = join(dir, 'nested', 'report');
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    let res: CliRun;
    try {
      res = await runMain(
        'report',
        '--seed',
        '7',
        '--out',
        out,
        '--runs',
        '1',
        '--draws',
        '10',
        '--max-size',
        '2',
      );
    } finally {
      if (tty === undefined) delete (process.stderr as { isTTY?: boolean }).isTTY;
      else Object.defineProperty(process.stderr, 'isTTY', tty);
    }
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const lines = res.stderr.trimEnd().split('\n');
    const claims = catalogue.length;
    const steps = REPORT_PLOT_COUNT + claims; // the plots and the league table, then every claim of the catalogue
    const last = catalogue[claims - 1].id;
    expect(lines).toHaveLength(steps);
    expect(lines[0]).toMatch(
      new RegExp(`^\\[1/${steps}\\] plot \\(a\\) loss curves: done \\(\\d+\\.\\d\\d s\\)$`),
    );
    expect(lines[steps - 1]).toMatch(
      new RegExp(`^\\[${steps}/${steps}\\] ${last}: (holds|refuted|error) \\(\\d+\\.\\d\\d s\\)$`),
    );
    const bad = Number(new RegExp(`(\\d+) of ${claims} claims did NOT`).exec(html)?.[1] ?? 0);
    expect(res.code).toBe(bad === 0 ? 0 : 1);
    expect(res.stdout).toBe(
      `wrote ${join(out, 'index.html')} (seed 7): ${claims - bad} of ${claims} claims as expected\n`,
    );
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
