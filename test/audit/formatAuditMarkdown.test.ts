import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { AuditReport } from '../../src/audit/AuditReport.js';
import type { Teeth } from '../../src/audit/checkTeeth.js';
import { formatAuditMarkdown } from '../../src/audit/formatAuditMarkdown.js';
import { formatAuditSummary } from '../../src/audit/formatAuditSummary.js';
import { hypothesisCoverage } from '../../src/audit/hypothesisCoverage.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import { runAudit } from '../../src/audit/runAudit.js';
import * as barrel from '../../src/index.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';
import { codeCoverage, mutationAudit } from '../_support/syntheticAudit.js';

const real = await runAudit({
  root: packageRoot(),
  catalogue,
  hypothesisCoverage,
  barrel,
  registry: ruleRegistry,
  coverageThresholds: { lines: 95, branches: 90 },
  mutationThreshold: 85,
});

const full = (pass: boolean): AuditReport => ({
  ...real,
  codeCoverage: codeCoverage(pass),
  mutation: mutationAudit(pass ? 90 : 80),
  pass,
  failures: pass ? [] : ['coverage: lines 90.00 % < 95 %', 'mutation: mutation score 80.00 % < 85 %'],
});

describe('formatAuditMarkdown', () => {
  it('says PASS, gives each figure, every regime requirement and every hypothesis', () => {
    const md = formatAuditMarkdown(full(true));
    expect(md).toContain('Result: **PASS** (0 failed requirements)');
    expect(md).toContain(
      '| **merged** | suite, plus lines that verify hit | | | 99.00 % (99/100) | 95.00 % (95/100) |',
    );
    expect(md).toContain('Score 90.00 % (90 detected of 100), required >= 85 %: **pass**');
    expect(md).toContain('Surviving mutants (10):');
    expect(md).toContain('- src/solve/solveLoop.ts:91:4 EqualityOperator (Survived): `a <= b`');
    for (const r of real.regimes) {
      for (const v of r.requirements) expect(md).toContain(`| ${v.label} |`);
    }
    for (const row of real.claimCoverage.rows) {
      expect(md).toContain(`| ${row.index} | ${row.hypothesis.replace(/\|/g, '\\|')} |`);
    }
    expect(md).toContain(
      '| fa-reaches-optimum-for-every-r | 0 | FA from zero initialisation | `fa-reaches-optimum-for-every-r` | n/a (refuted claim) |',
    );
  });

  it('puts the teeth section between claim coverage and mutation testing', () => {
    const teeth: Teeth = {
      options: { runs: 100, seeds: [7], maxSize: 8 },
      faults: [{ id: 'sign', description: 'FA sends -B backwards' }],
      claims: [{ claim: 'a', caught: [], errors: [], missed: ['sign'], runs: [], pass: false }],
      uncaught: ['sign'],
      seconds: 1,
      pass: false,
    };
    const md = formatAuditMarkdown({ ...full(true), teeth });
    expect(md).toContain('| a | - | - | sign | **FAIL: no teeth** |');
    const at = (heading: string): number => md.indexOf(heading);
    expect(at('## Claim coverage')).toBeGreaterThan(0);
    expect(at('## Teeth (planted faults)')).toBeGreaterThan(at('## Claim coverage'));
    expect(at('## Mutation')).toBeGreaterThan(at('## Teeth (planted faults)'));
  });

  it('says FAIL with every failure, and lists the files with uncovered lines as ranges', () => {
    const md = formatAuditMarkdown(full(false));
    expect(md).toContain('Result: **FAIL** (2 failed requirements)');
    expect(md).toContain('- coverage: lines 90.00 % < 95 %');
    expect(md).toContain('| src/x.ts | 90.0 % | 95.0 % | 7-9 |  |');
    expect(md).toContain('- FAIL: lines 90.00 % < 95 % (10 uncovered; src/x.ts:7,8,9)');
    expect(md).toContain('required >= 85 %: **FAIL**');
  });

  it('marks skipped parts, undecided or rejected regimes and claims without requirements', () => {
    const [first, ...rest] = real.regimes;
    const weakened: AuditReport = {
      ...real,
      regimes: [
        { ...first, missingRequirements: true, requirements: [], pass: false },
        ...rest.map((r, i) =>
          i === 0
            ? { ...r, requirements: r.requirements.map((v) => ({ ...v, verdict: 'rejected' as const })) }
            : r,
        ),
      ],
    };
    const md = formatAuditMarkdown(weakened);
    expect(md).toContain('## Code coverage\n\nSkipped.');
    expect(md).toContain('Skipped (`--skip-mutation`).');
    expect(md).toContain('## Teeth (planted faults)\n\nSkipped.');
    expect(md).toContain(`| ${first.claim} | ${first.samples} | (none declared) | | | | **FAIL** |`);
    expect(md).toContain('**rejected**');
  });
});

describe('formatAuditSummary', () => {
  it('gives the verdict, one line per part and each failure', () => {
    const text = formatAuditSummary(full(false), 'coverage/audit.md');
    expect(text.split('\n')[0]).toMatch(/^audit: FAIL in \d+ s \(report: coverage\/audit\.md\)$/);
    expect(text).toContain('  coverage: lines 90.00 %, branches 95.00 % (merged; suite 90.00 / 95.00 %)');
    expect(text).toContain(
      `  regimes: ${catalogue.length}/${catalogue.length} claims reach every required regime`,
    );
    expect(text).toContain('  mutation: score 80.00 %, 20 survivors, 300 s');
    expect(text).toContain('  FAIL mutation: mutation score 80.00 % < 85 %');
    const skipped = formatAuditSummary(real, 'x');
    expect(skipped).toContain('  coverage: skipped');
    expect(skipped).toContain('  mutation: skipped');
  });
});

describe('formatAuditMarkdown: table cells', () => {
  it('escapes a | inside a hypothesis, so that the row keeps its five cells', () => {
    const md = formatAuditMarkdown(real);
    const row = md.split('\n').find((l) => l.startsWith('| equal-loss-implies-same-representation | 3 |'));
    expect(row).toContain('equal loss: \\|L_GD - L_FA\\| <= 1e-6 \\|\\|Y\\|\\|_F^2');
    expect(row?.split(/(?<!\\)\|/).length).toBe(7); // 5 cells between 6 bars
  });
});
