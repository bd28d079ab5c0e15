import { PROFILES, type Profile } from '../../src/runner/profiles.js';
import { formatRegimeSection } from '../../src/audit/formatRegimeSection.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { hypothesisCoverage } from '../../src/audit/hypothesisCoverage.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import { runAudit, type AuditInput } from '../../src/audit/runAudit.js';
import * as barrel from '../../src/index.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';
import { codeCoverage, mutationAudit } from '../_support/syntheticAudit.js';
import { flowHalfTime } from '../../src/faults/flowHalfTime.js';
import { inputsNotWhitened } from '../../src/faults/inputsNotWhitened.js';

// Most tests here check the regime coverage of the whole catalogue at the default sides: seeded, so
// with the same results each time. Each claim's is computed once in this file (per claim object and
// options: a weakened copy of a claim is checked afresh) and handed to the later runs, which test
// what runAudit makes of it and of the other parts (the file alone: 5.7 s -> 1.4 s at load 3).
vi.mock('../../src/audit/checkRegimeCoverage.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/audit/checkRegimeCoverage.js')>();
  const { memoized } = await import('../_support/memoized.js');
  const checkRegimeCoverage = memoized(real.checkRegimeCoverage, (_claim, options) =>
    JSON.stringify(options ?? {}),
  );
  return { ...real, checkRegimeCoverage };
});

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: AuditInput = {
  root: packageRoot(),
  catalogue,
  hypothesisCoverage,
  barrel,
  registry: ruleRegistry,
  coverageThresholds: { lines: 95, branches: 90 },
  mutationThreshold: 85,
};

describe('runAudit', () => {
  it('passes the project with code coverage and mutation testing skipped', async () => {
    const report = await runAudit(base);
    expect(report.failures).toEqual([]);
    expect(report.pass).toBe(true);
    expect(report.codeCoverage).toBeNull();
    expect(report.mutation).toBeNull();
    expect(report.regimes.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    expect(report.claimCoverage.pass).toBe(true);
    expect(report.catalogueFiles.pass).toBe(true);
    expect(report.teeth).toBeNull();
  });

  it('runs the teeth part when given faults, and fails a claim expected to hold that refutes none', async () => {
    const network = catalogue.filter((c) => c.id === 'two-layer-network-equals-factorization');
    const options = { runs: 20, seeds: [7], maxSize: 4 };
    const blind = await runAudit({ ...base, catalogue: network, teeth: { faults: [flowHalfTime], options } });
    expect(blind.teeth?.claims.map((c) => [c.claim, c.missed])).toEqual([
      [network[0].id, ['flow-half-time']],
    ]);
    expect(blind.failures.filter((f) => f.startsWith('teeth: '))).toEqual([
      `teeth: ${network[0].id} refutes none of the 1 planted faults`,
    ]);
    expect(blind.pass).toBe(false);
    const faults = [flowHalfTime, inputsNotWhitened];
    const sharp = await runAudit({ ...base, catalogue: network, teeth: { faults, options } });
    expect(sharp.teeth?.claims[0].caught).toEqual(['inputs-not-whitened']);
    expect(sharp.teeth?.pass).toBe(true);
    expect(sharp.failures.filter((f) => f.startsWith('teeth: '))).toEqual([]);
  });

  it('checks the regime coverage at the sides of each profile, once per distinct side bound', async () => {
    const claims = catalogue.filter((c) => ['fa-limit-closed-form', 'gd-reaches-optimum'].includes(c.id));
    const small: Profile = { ...PROFILES.quick, name: 'quick' };
    const same: Profile = { ...PROFILES.quick, name: 'default' }; // the same sides as quick: one run
    const larger: Profile = {
      ...PROFILES.quick,
      name: 'thorough',
      maxSize: 10,
      claims: { 'gd-reaches-optimum': { maxSize: 12 } },
    };
    const report = await runAudit({ ...base, catalogue: claims, regimeProfiles: [small, same, larger] });
    expect(report.regimes.map((r) => [r.claim, r.maxSize, r.profiles])).toEqual(
      [
        ['gd-reaches-optimum', 6, ['quick', 'default']],
        ['gd-reaches-optimum', 12, ['thorough']],
        ['fa-limit-closed-form', 6, ['quick', 'default']],
        ['fa-limit-closed-form', 10, ['thorough']],
      ].sort((a, b) => claims.findIndex((c) => c.id === a[0]) - claims.findIndex((c) => c.id === b[0])),
    );
    expect(formatRegimeSection(report.regimes, 0)).toContain('fa-limit-closed-form (thorough: sides <= 10)');
  });

  it('hands the thresholds to the runners and fails on their failures, prefixed by part', async () => {
    const seen: number[] = [];
    const report = await runAudit({
      ...base,
      codeCoverage: async (_root, t) => {
        seen.push(t.lines, t.branches);
        return codeCoverage(false);
      },
      mutation: async (_root, threshold) => {
        seen.push(threshold);
        return mutationAudit(80);
      },
    });
    expect(seen).toEqual([95, 90, 85]);
    expect(report.pass).toBe(false);
    expect(report.failures).toEqual([
      'coverage: lines 90.00 % < 95 % (10 uncovered; src/x.ts:7,8,9)',
      'mutation: mutation score 80.00 % < 85 % (20 survivors)',
    ]);
  });

  it('fails a weakened catalogue: a claim without requirements, one whose regime is unreachable, a missing table entry', async () => {
    const [first, second, ...rest] = catalogue;
    const bare = { ...first, regimeRequirements: undefined };
    const unreachable = { ...second, regimeRequirements: { ...second.regimeRequirements, 'r>rank': 0.99 } };
    const table = Object.fromEntries(Object.entries(hypothesisCoverage).filter(([id]) => id !== second.id));
    const report = await runAudit({
      ...base,
      catalogue: [bare, unreachable, ...rest],
      hypothesisCoverage: table,
    });
    expect(report.pass).toBe(false);
    expect(report.failures[0]).toBe(`regimes: ${first.id} declares no regime requirements`);
    expect(report.failures[1]).toMatch(
      new RegExp(`^regimes: ${second.id} r>rank rejected: .*required 99\\.0 %$`),
    );
    expect(report.failures.filter((f) => f.startsWith(`claims: ${second.id} #`))).toHaveLength(
      second.hypotheses.length,
    );
  });

  it('fails a layout defect: an id of the theory document missing from the catalogue, a barrel without a rule', async () => {
    // A theory document of our own, whose table lists every claim: the catalogue below lacks the first.
    const theoryPath = join(dir, 'theory-table.md');
    const rows = catalogue.map((c) => `| \`${c.id}\` | a statement | ${c.expected} |`).join('\n');
    writeFileSync(theoryPath, `| id | statement | expected |\n|---|---|---|\n${rows}\n`);
    const report = await runAudit({
      ...base,
      theoryPath,
      catalogue: catalogue.slice(1),
      barrel: { ...barrel, gd: null },
    });
    expect(report.failures).toContain(
      `files: ${catalogue[0].id} of ${relative(base.root, theoryPath)} is not in the catalogue`,
    );
    expect(report.failures).toContain('files: src/index.ts does not export gd');
  });

  it('fails a tree without property files, and a theory document without claim ids', async () => {
    const theoryPath = join(dir, 'theory.md');
    writeFileSync(theoryPath, '# no table\n');
    const report = await runAudit({ ...base, root: dir, theoryPath });
    expect(report.failures).toContain(`files: no properties/${catalogue[0].id}.ts naming ${catalogue[0].id}`);
    expect(report.failures).toContain('files: no claim ids in theory.md');
    expect(report.failures).toContain(`files: ${catalogue[0].id} of the catalogue is not in theory.md`);
  });
});
