import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { auditCommand, type AuditRunners } from '../../src/cli/auditCommand.js';
import { codeCoverage, mutationAudit } from '../_support/syntheticAudit.js';
import { main } from '../../src/cli/main.js';
import { feedbackSignFlipped } from '../../src/faults/feedbackSignFlipped.js';
import { initialZReturned } from '../../src/faults/initialZReturned.js';
import { faLimitIsOptimum } from '../../src/faults/faLimitIsOptimum.js';
import { faLimitProductZero } from '../../src/faults/faLimitProductZero.js';
import { residualSignFlipped } from '../../src/faults/residualSignFlipped.js';

// The audit command in process, with its slow parts (the whole suite under coverage, StrykerJS)
// skipped or replaced by synthetic runners: the real ones are tested with stand-in tools in
// test/audit/ and run for real by `npm run audit`.

// Every run here checks the regime coverage at the default profile's sides, and all but the first
// two run the same teeth (five faults, one seed): seeded, so the same results each time. They are
// computed once in this file (the first call) and handed to the later runs, which test what the
// command makes of the coverage and mutation results and of the committed report (the file alone:
// 20.6 s -> 4.8 s at load 3-4, the teeth of every run but one being most of it). The parts themselves
// are tested in test/audit/.
vi.mock('../../src/audit/checkTeeth.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/audit/checkTeeth.js')>();
  const { memoized } = await import('../_support/memoized.js');
  const checkTeeth = memoized(real.checkTeeth, (_claims, faults, options) =>
    JSON.stringify([faults.map((f) => f.id), options ?? null]),
  );
  return { ...real, checkTeeth };
});
vi.mock('../../src/audit/checkRegimeCoverage.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/audit/checkRegimeCoverage.js')>();
  const { memoized } = await import('../_support/memoized.js');
  const checkRegimeCoverage = memoized(real.checkRegimeCoverage, (_claim, options) =>
    JSON.stringify(options ?? {}),
  );
  return { ...real, checkRegimeCoverage };
});

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-auditcmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A theory document of our own naming exactly the catalogue's ids: this tests the command, test/audit/ the real docs/theory.md. */
const theoryPath = join(dir, 'theory.md');
writeFileSync(
  theoryPath,
  `| id | statement | expected |\n|---|---|---|\n${catalogue.map((c) => `| \`${c.id}\` | s | ${c.expected} |`).join('\n')}\n`,
);

/** The committed report a run may or may not replace. */
const OLD = '# the committed audit.md\n';

async function run(json: boolean): Promise<{ code: number; out: string; err: string; reportDir: string }> {
  const reportDir = join(dir, json ? 'json' : 'text');
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'audit.md'), OLD);
  let out = '';
  let err = '';
  const code = await auditCommand(
    { json, skipCoverage: true, skipMutation: true, skipTeeth: true, reportDir, regimeProfiles: ['default'] },
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err, reportDir };
}

/** Runners that record their calls and return the given results. */
function runners(coveragePass: boolean, killed: number, calls: string[] = []): AuditRunners {
  return {
    runCodeCoverage: async (root, t, progress) => {
      calls.push(`coverage ${t.lines}/${t.branches} ${root === '' ? '' : 'root'}`);
      progress?.('coverage progress\n');
      return codeCoverage(coveragePass);
    },
    runMutation: async (_root, threshold, progress) => {
      calls.push(`mutation ${threshold}`);
      progress?.('mutation progress\n');
      return mutationAudit(killed);
    },
    // Cheap faults on tiny cases: every claim expected to hold catches one of the first two; the
    // existence and probability claims (run with their own budgets) one of the other three.
    teeth: {
      faults: [
        initialZReturned,
        feedbackSignFlipped,
        faLimitIsOptimum,
        faLimitProductZero,
        residualSignFlipped,
      ],
      options: { runs: 10, seeds: [7], maxSize: 2 },
    },
  };
}

describe('fa-verify audit --skip-coverage --skip-mutation', () => {
  it('passes the project, prints a summary and writes coverage/last/ only: a partial run keeps audit.md', async () => {
    const r = await run(false);
    expect(r.code).toBe(0);
    const [first, second] = r.out.split('\n');
    expect(first).toMatch(/^audit: PASS in \d+ s \(report: .*last[/\\]audit\.md\)$/);
    expect(second).toBe(
      `  ${join(r.reportDir, 'audit.md')} not replaced: a partial run (--skip-coverage --skip-mutation --skip-teeth)`,
    );
    expect(readdirSync(r.reportDir).sort()).toEqual(['audit.md', 'last']);
    expect(readdirSync(join(r.reportDir, 'last')).sort()).toEqual(['audit.json', 'audit.md']);
    expect(readFileSync(join(r.reportDir, 'audit.md'), 'utf8')).toBe(OLD);
    expect(readFileSync(join(r.reportDir, 'last', 'audit.md'), 'utf8')).toContain('Result: **PASS**');
    const report = JSON.parse(readFileSync(join(r.reportDir, 'last', 'audit.json'), 'utf8'));
    expect(report.regimes).toHaveLength(catalogue.length);
  });

  it('--json prints the whole report as one JSON object, and on stderr what it wrote', async () => {
    const r = await run(true);
    const report = JSON.parse(r.out);
    expect(report.pass).toBe(true);
    expect(report.codeCoverage).toBeNull();
    expect(report.mutation).toBeNull();
    expect(report.claimCoverage.rows.length).toBeGreaterThan(catalogue.length);
    expect(r.err).toBe(
      `audit: report in ${join(r.reportDir, 'last', 'audit.md')}; ${join(r.reportDir, 'audit.md')} not replaced: a partial run (--skip-coverage --skip-mutation --skip-teeth)\n`,
    );
    expect(existsSync(join(r.reportDir, 'last', 'audit.md'))).toBe(true);
    expect(readFileSync(join(r.reportDir, 'audit.md'), 'utf8')).toBe(OLD);
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
});

describe('fa-verify audit with code coverage and mutation testing', () => {
  it('runs them unless skipped, exits 1 when they fail, and then keeps the committed audit.md', async () => {
    const calls: string[] = [];
    let out = '';
    let err = '';
    const reportDir = join(dir, 'failed');
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'audit.md'), OLD);
    const code = await auditCommand(
      { reportDir, theoryPath, regimeProfiles: ['default'] },
      (s) => (out += s),
      (s) => (err += s),
      runners(false, 90, calls),
    );
    expect(calls).toEqual(['coverage 95/90 root', 'mutation 85']);
    expect(err).toBe('coverage progress\nmutation progress\n');
    expect(code).toBe(1);
    expect(out.split('\n')[1]).toBe(`  ${join(reportDir, 'audit.md')} not replaced: the audit failed`);
    expect(out).toContain('  FAIL coverage: lines 90.00 % < 95 %');
    expect(out).toContain('  mutation: score 90.00 %, 10 survivors');
    expect(readFileSync(join(reportDir, 'last', 'audit.md'), 'utf8')).toContain('Result: **FAIL**');
    expect(readFileSync(join(reportDir, 'audit.md'), 'utf8')).toBe(OLD);
    calls.length = 0;
    out = '';
    expect(
      await auditCommand(
        { reportDir, theoryPath, skipMutation: true, regimeProfiles: ['default'] },
        (s) => (out += s),
        () => undefined,
        runners(true, 90, calls),
      ),
    ).toBe(0);
    expect(calls).toEqual(['coverage 95/90 root']);
    expect(out.split('\n')[1]).toBe(
      `  ${join(reportDir, 'audit.md')} not replaced: a partial run (--skip-mutation)`,
    );
    expect(readFileSync(join(reportDir, 'audit.md'), 'utf8')).toBe(OLD);
  });

  it('replaces the committed audit.md with a complete run that passed (the text of last/, no temporary file left)', async () => {
    const reportDir = join(dir, 'passed');
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'audit.md'), OLD);
    let out = '';
    const code = await auditCommand(
      { reportDir, theoryPath, regimeProfiles: ['default'] },
      (s) => (out += s),
      () => undefined,
      runners(true, 90),
    );
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^audit: PASS in \d+ s \(report: .*last[/\\]audit\.md\)$/),
      `  ${join(reportDir, 'audit.md')} replaced`,
    ]);
    const committed = readFileSync(join(reportDir, 'audit.md'), 'utf8');
    expect(committed).toContain('Result: **PASS**');
    expect(committed).toBe(readFileSync(join(reportDir, 'last', 'audit.md'), 'utf8'));
    expect(readdirSync(reportDir).sort()).toEqual(['audit.md', 'last']);
  });

  it('shows paths below the working directory relative to it', async () => {
    const reportDir = join(dir, 'relative');
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(dir);
    let out = '';
    try {
      await auditCommand(
        { reportDir, theoryPath, skipMutation: true, regimeProfiles: ['default'] },
        (s) => (out += s),
        () => undefined,
        runners(true, 90),
      );
    } finally {
      cwd.mockRestore();
    }
    expect(out.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/\(report: relative[/\\]last[/\\]audit\.md\)$/),
      `  ${join('relative', 'audit.md')} not replaced: a partial run (--skip-mutation)`,
    ]);
  });
});
