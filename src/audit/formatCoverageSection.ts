import { formatLineRanges } from './formatLineRanges.js';
import type { CodeCoverage } from './runCodeCoverage.js';
import type { CoverageFigures, CoverageRatio } from './summarizeCoverage.js';

const pct = (r: CoverageRatio): string => `${r.pct.toFixed(2)} % (${r.covered}/${r.total})`;

/** Merged figures by top-level directory of `src/`. */
function byDirectory(figures: CoverageFigures): string[] {
  const dirs = new Map<string, { lc: number; lt: number; bc: number; bt: number }>();
  for (const f of figures.files) {
    const dir = f.file.split('/').slice(0, 2).join('/');
    const d = dirs.get(dir) ?? { lc: 0, lt: 0, bc: 0, bt: 0 };
    d.lc += f.lines.covered;
    d.lt += f.lines.total;
    d.bc += f.branches.covered;
    d.bt += f.branches.total;
    dirs.set(dir, d);
  }
  const ratio = (c: number, t: number): string => (t === 0 ? '-' : `${((100 * c) / t).toFixed(1)} %`);
  return [...dirs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dir, d]) => `| ${dir} | ${ratio(d.lc, d.lt)} | ${ratio(d.bc, d.bt)} |`);
}

/**
 * The code coverage section of the audit summary (markdown): the three figures, the thresholds, the
 * merged figures by directory, and every file with an uncovered line or branch. Pure.
 * @internal
 */
export function formatCoverageSection(c: CodeCoverage | null): string {
  if (c === null) return '## Code coverage\n\nSkipped.\n';
  const lines = [
    '## Code coverage (V8)',
    '',
    `Requirement over \`src/\`: lines >= ${c.thresholds.lines} %, branches >= ${c.thresholds.branches} % ` +
      `(merged figures): **${c.pass ? 'pass' : 'FAIL'}**.`,
    '',
    '| run | command | exit | seconds | lines | branches |',
    '| --- | --- | --- | --- | --- | --- |',
    `| suite | \`${c.suite.command}\` | ${c.suite.exitCode} | ${c.suite.seconds.toFixed(1)} | ${pct(c.suite.figures.lines)} | ${pct(c.suite.figures.branches)} |`,
    `| verify | \`${c.verify.command}\` | ${c.verify.exitCode} | ${c.verify.seconds.toFixed(1)} | ${pct(c.verify.figures.lines)} | ${pct(c.verify.figures.branches)} |`,
    `| **merged** | suite, plus lines that verify hit | | | ${pct(c.merged.lines)} | ${pct(c.merged.branches)} |`,
    '',
    'The suite is measured by `@vitest/coverage-v8` (reports in `coverage/suite/`), `verify` by c8 over',
    'dist/ with source maps (`coverage/verify/`). c8 counts every source line, comments and types',
    "included, so its own figure is not comparable; the merged figure keeps the suite's lines and",
    "branches and counts a line as covered when either run hit it (branches: the suite's, a lower bound).",
    '',
    '| directory | lines | branches |',
    '| --- | --- | --- |',
    ...byDirectory(c.merged),
    '',
  ];
  const partial = c.merged.files.filter((f) => f.uncoveredLines.length > 0 || f.uncoveredBranches.length > 0);
  if (partial.length > 0) {
    lines.push(
      '| file | lines | branches | uncovered lines | untaken branches at lines |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of partial) {
      lines.push(
        `| ${f.file} | ${f.lines.pct.toFixed(1)} % | ${f.branches.pct.toFixed(1)} % | ${formatLineRanges(f.uncoveredLines)} | ${formatLineRanges(f.uncoveredBranches)} |`,
      );
    }
    lines.push('');
  }
  for (const f of c.check.failures) lines.push(`- FAIL: ${f}`);
  return `${lines.join('\n')}\n`;
}
