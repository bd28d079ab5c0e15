import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { auditCommand } from '../../src/cli/auditCommand.js';
import { codeCoverage, mutationAudit } from '../_support/syntheticAudit.js';
import { main } from '../../src/cli/main.js';

// The audit command in process, with its slow parts (the whole suite under coverage, StrykerJS)
// skipped: they are tested with stand-in tools in test/audit/ and run for real by `npm run audit`.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-auditcmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(json: boolean): Promise<{ code: number; out: string; err: string; reportDir: string }> {
  const reportDir = join(dir, json ? 'json' : 'text');
  let out = '';
  let err = '';
  const code = await auditCommand(
    { json, skipCoverage: true, skipMutation: true, reportDir },
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err, reportDir };
}

describe('fa-verify audit --skip-coverage --skip-mutation', () => {
  it('passes, prints a summary and writes audit.md and audit.json (and nothing else)', async () => {
    const r = await run(false);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^audit: PASS in \d+ s \(report: .*audit\.md\)\n/);
    expect(readdirSync(r.reportDir).sort()).toEqual(['audit.json', 'audit.md']);
    expect(readFileSync(join(r.reportDir, 'audit.md'), 'utf8')).toContain('Result: **PASS**');
    const report = JSON.parse(readFileSync(join(r.reportDir, 'audit.json'), 'utf8'));
    expect(report.regimes).toHaveLength(catalogue.length);
  });

  it('--json prints the whole report as one JSON object', async () => {
    const r = await run(true);
    const report = JSON.parse(r.out);
    expect(report.pass).toBe(true);
    expect(report.codeCoverage).toBeNull();
    expect(report.mutation).toBeNull();
    expect(report.claimCoverage.rows.length).toBeGreaterThan(catalogue.length);
    expect(existsSync(join(r.reportDir, 'audit.md'))).toBe(true);
  });

  it('is a command of main, with --json, --skip-mutation and --skip-coverage', async () => {
    let help = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((s: string) => {
      help += s;
      return true;
    }) as never);
    try {
      expect(await main(['audit', '--help'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    for (const flag of ['--json', '--skip-mutation', '--skip-coverage']) expect(help).toContain(flag);
  });

  it('runs code coverage and mutation testing unless skipped, and exits 1 when they fail', async () => {
    const calls: string[] = [];
    const runners = {
      runCodeCoverage: async (
        root: string,
        t: { lines: number; branches: number },
        progress?: (s: string) => void,
      ) => {
        calls.push(`coverage ${t.lines}/${t.branches} ${root === '' ? '' : 'root'}`);
        progress?.('coverage progress\n');
        return codeCoverage(false);
      },
      runMutation: async (_root: string, threshold: number, progress?: (s: string) => void) => {
        calls.push(`mutation ${threshold}`);
        progress?.('mutation progress\n');
        return mutationAudit(90);
      },
    };
    let out = '';
    let err = '';
    const reportDir = join(dir, 'full');
    const code = await auditCommand(
      { reportDir },
      (s) => (out += s),
      (s) => (err += s),
      runners,
    );
    expect(calls).toEqual(['coverage 95/90 root', 'mutation 85']);
    expect(err).toBe('coverage progress\nmutation progress\n');
    expect(code).toBe(1);
    expect(out).toContain('  FAIL coverage: lines 90.00 % < 95 %');
    expect(out).toContain('  mutation: score 90.00 %, 10 survivors');
    expect(readFileSync(join(reportDir, 'audit.md'), 'utf8')).toContain('Result: **FAIL**');
    calls.length = 0;
    await auditCommand(
      { reportDir, skipMutation: true },
      () => undefined,
      () => undefined,
      runners,
    );
    expect(calls).toEqual(['coverage 95/90 root']);
  });
});
