import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_SOLVE_CASES, GOOD_CASE_TEXT } from '../_support/badSolveCases.js';
import { expectOneLine, NOT_JSON_FILES, type CliRun } from '../_support/cliOutput.js';

// End to end: these tests run the built command, `node bin/fa-verify.js solve <file>`, in a child
// process (`npm test` builds dist/ first, in `pretest`). Each start of the CLI costs about 0.3 s of CPU,
// so this file runs the required table only; test/cli/main.test.ts runs every case in process.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'fa-verify.js');

let dir = '';
let counter = 0;

/** Writes `text` to a fresh, neutrally named temp file (so its name never contains a field name). */
function caseFile(text: string): string {
  const path = join(dir, `case-${counter++}.json`);
  writeFileSync(path, text, 'utf8');
  return path;
}

/** Runs `node bin/fa-verify.js ...args` to completion, asynchronously so that runs can overlap. */
function run(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is not built: run `npm run build` (`npm test` does it in `pretest`)');
  }
  dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('fa-verify solve (built, in a child process)', () => {
  it.each(NOT_JSON_FILES.slice(0, 2))('%s: exit 2, one line naming the file', async (name, text) => {
    const file = caseFile(text);
    const res = await run('solve', file, '--json');
    expect(res.code, name).toBe(2);
    expectOneLine(res.stderr, name);
    expect(res.stderr).toContain(file);
    expect(res.stderr).toContain('not valid JSON');
    expect(res.stdout).toBe('');
  });

  it('a missing file: exit 2, one line naming the file and ENOENT', async () => {
    const file = join(dir, 'no-such-case.json');
    const res = await run('solve', file, '--json');
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, 'missing file');
    expect(res.stderr).toContain(file);
    expect(res.stderr).toContain('ENOENT');
    expect(res.stdout).toBe('');
  });

  for (const c of BAD_SOLVE_CASES.filter((b) => b.endToEnd)) {
    const naming = `${c.field}${c.value === undefined ? '' : ` and ${c.value}`}`;
    it(`${c.name}: exit 2, one line naming ${naming}`, async () => {
      const res = await run('solve', caseFile(c.text), '--json');
      expect(res.code, `${c.name}: stderr ${res.stderr}`).toBe(2);
      expectOneLine(res.stderr, c.name);
      for (const part of [`${c.field}: `, ...(c.value === undefined ? [] : [c.value])]) {
        expect(res.stderr).toContain(part);
      }
      expect(res.stdout).not.toContain('NaN');
    });
  }

  it('a good case: exit 0 and every field of the JSON report', async () => {
    const res = await run('solve', caseFile(GOOD_CASE_TEXT.replace('"steps":50', '"steps":3000')), '--json');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).not.toContain('NaN');
    expect(res.stdout).not.toContain('null');
    const report = JSON.parse(res.stdout) as Record<string, unknown>;
    for (const key of [
      'loss',
      'optimalLoss',
      'product',
      'Z',
      'W',
      'steps',
      'reason',
      'alignment',
      'faLimitLoss',
    ]) {
      expect(report, key).toHaveProperty(key);
    }
    expect(report.reason).toBe('steps');
    expect(report.steps).toBe(3000);
    expect(report.Z).toHaveLength(2);
    expect(report.W).toHaveLength(1);
    expect(report.product).toHaveLength(2);
    const loss = report.loss as number;
    const faLimitLoss = report.faLimitLoss as number;
    expect(Math.abs((report.optimalLoss as number) - 1)).toBeLessThanOrEqual(1e-12); // Y = diag(3, 1), r = 1
    expect(Math.abs(loss - faLimitLoss)).toBeLessThanOrEqual(1e-9 * faLimitLoss); // FA from zero, converged
    expect(report.alignment as number).toBeGreaterThan(0);
  });

  it('a diverging case: exit 1, one line naming the step, JSON with a finite loss', async () => {
    const res = await run('solve', caseFile(GOOD_CASE_TEXT.replace('"eta":0.1', '"eta":1000')), '--json');
    expect(res.code).toBe(1);
    expectOneLine(res.stderr, 'diverging');
    expect(res.stdout).not.toContain('NaN');
    expect(res.stdout).not.toContain('null');
    const report = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(report.reason).toBe('diverged');
    expect(typeof report.loss).toBe('number');
    expect(Number.isFinite(report.loss)).toBe(true);
    expect(report.steps as number).toBeLessThan(50);
    expect(res.stderr).toContain('diverged');
    expect(res.stderr).toContain(`step ${String(report.steps)}`);
  });
});
