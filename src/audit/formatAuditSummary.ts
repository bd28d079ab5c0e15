import type { AuditReport } from './AuditReport.js';

/**
 * A few lines for the terminal: the verdict, the headline figure of each part, and every failure.
 * The whole report is `coverage/audit.md`. Pure.
 * @internal
 */
export function formatAuditSummary(report: AuditReport, reportPath: string): string {
  const c = report.codeCoverage;
  const m = report.mutation;
  const regimesFailed = report.regimes.filter((r) => !r.pass).length;
  const lines = [
    `audit: ${report.pass ? 'PASS' : 'FAIL'} in ${report.seconds.toFixed(0)} s (report: ${reportPath})`,
    c === null
      ? '  coverage: skipped'
      : `  coverage: lines ${c.merged.lines.pct.toFixed(2)} %, branches ${c.merged.branches.pct.toFixed(2)} % (merged; suite ${c.suite.figures.lines.pct.toFixed(2)} / ${c.suite.figures.branches.pct.toFixed(2)} %)`,
    `  regimes: ${report.regimes.length - regimesFailed}/${report.regimes.length} claims reach every required regime`,
    `  claims: ${report.claimCoverage.rows.length} hypotheses, ${report.claimCoverage.problems.length} problems, ${report.claimCoverage.notShownNecessary.length} not shown necessary`,
    m === null
      ? '  mutation: skipped'
      : `  mutation: score ${m.figures.score.toFixed(2)} %, ${m.figures.survivors.length} survivors, ${m.seconds.toFixed(0)} s`,
    ...report.failures.map((f) => `  FAIL ${f}`),
  ];
  return `${lines.join('\n')}\n`;
}
