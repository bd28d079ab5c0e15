import { describe, expect, it } from 'vitest';
import type { CatalogueFiles } from '../../src/audit/checkCatalogueFiles.js';
import type { ClaimCoverage } from '../../src/audit/checkClaimCoverage.js';
import { formatClaimSection } from '../../src/audit/formatClaimSection.js';
import { formatCoverageSection } from '../../src/audit/formatCoverageSection.js';
import { formatMutationSection } from '../../src/audit/formatMutationSection.js';
import { judgeMutation } from '../../src/audit/judgeMutation.js';
import { codeCoverage, figures } from '../_support/syntheticAudit.js';

describe('formatClaimSection: defects', () => {
  const coverage: ClaimCoverage = {
    rows: [
      { claim: 'a', expected: 'holds', index: 0, hypothesis: 'x > 0', exercisedBy: [], necessaryBy: [] },
    ],
    problems: ['a #0 "x > 0": neither exercised nor shown necessary'],
    notShownNecessary: ['a #0: x > 0'],
    pass: false,
  };
  const files: CatalogueFiles = {
    missingPropertyFiles: ['a'],
    theorySource: 'docs/theory.md',
    theoryFound: true,
    theoryIds: ['a', 'b'],
    missingFromCatalogue: ['b'],
    notInTheory: ['c'],
    barrel: { missing: ['fa'], pass: false },
    pass: false,
  };

  it('shows FAIL, each problem, the empty links as -, and the layout failures', () => {
    const md = formatClaimSection(coverage, files);
    expect(md).toContain('Table: 1 hypotheses; **FAIL**.');
    expect(md).toContain('| a | 0 | x > 0 | - | - |');
    expect(md).toContain('- FAIL: a #0 "x > 0": neither exercised nor shown necessary');
    expect(md).toContain('- property files named by their ids: **missing** `a`');
    expect(md).toContain("- ids of the theory document's table (2, from docs/theory.md): **missing** `b`");
    expect(md).toContain('- catalogue ids not in docs/theory.md: **missing** `c`');
    expect(md).toContain('- barrel `src/index.ts` names the rule registry: **no**, missing `fa`');
  });
});

describe('formatCoverageSection', () => {
  it('gives - for a directory with nothing to cover, and lists untaken branches by line', () => {
    const c = codeCoverage(true);
    const empty = { ...c.merged.files[0], file: 'src/index.ts', lines: { covered: 0, total: 0, pct: 100 } };
    const merged = {
      ...c.merged,
      files: [
        { ...empty, branches: { covered: 0, total: 0, pct: 100 } },
        { ...c.merged.files[0], uncoveredBranches: [4, 5] },
      ],
    };
    const md = formatCoverageSection({ ...c, merged });
    expect(md).toContain('| src/index.ts | - | - |');
    expect(md).toContain('| src/x.ts | 99.0 % | 95.0 % |  | 4-5 |');
    expect(md).toContain('(merged figures): **pass**');
  });

  it('says FAIL with each failure', () => {
    const md = formatCoverageSection(codeCoverage(false));
    expect(md).toContain('(merged figures): **FAIL**');
    expect(md).toContain('| src/x.ts | 90.0 % | 95.0 % | 7-9 |  |');
    expect(figures([1, 1], [0, 0]).branches.pct).toBe(100);
  });
});

describe('formatMutationSection', () => {
  it('gives - for a file whose mutants all failed to compile, and shortens long replacements', () => {
    const m = judgeMutation(
      {
        files: {
          'src/a.ts': {
            mutants: [
              {
                id: '1',
                mutatorName: 'X',
                status: 'CompileError',
                location: { start: { line: 1, column: 0 } },
              },
            ],
          },
          'src/b.ts': {
            mutants: [
              {
                id: '2',
                mutatorName: 'BlockStatement',
                status: 'Survived',
                location: { start: { line: 3, column: 2 } },
              },
              {
                id: '3',
                mutatorName: 'StringLiteral',
                replacement: `"${'w'.repeat(200)}"\n  more`,
                status: 'Survived',
                location: { start: { line: 4, column: 2 } },
              },
            ],
          },
        },
      },
      85,
      { command: 'stryker run', exitCode: 0, seconds: 61 },
    );
    const md = formatMutationSection(m);
    expect(md).toContain('| src/a.ts | 0 | 0 | - |');
    expect(md).toContain('| src/b.ts | 2 | 0 | 0.0 % |');
    expect(md).toContain('- src/b.ts:3:2 BlockStatement (Survived): ``');
    expect(md).toContain(`- src/b.ts:4:2 StringLiteral (Survived): \`"${'w'.repeat(79)}\``);
    expect(md).toContain('Mutants by status: CompileError 1, Survived 2.');
    expect(md).toContain('- FAIL: mutation score 0.00 % < 85 % (2 survivors)');
  });
});
