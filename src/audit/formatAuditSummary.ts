import type { AuditReport } from './AuditReport.js';

/** The committed report (`coverage/audit.md`), and why a run left it alone. @internal */
export interface CommittedReport {
  readonly path: string;
  /** Null when this run replaced it; else the reason it did not (a partial run, a failure). */
  readonly keptBecause: string | null;
}

/**
 * A few lines for the terminal: the verdict, where this run's report is, whether the committed one
 * was replaced, the headline figure of each part, and every failure. Pure.
 * @internal
 */
export function formatAuditSummary(
  report: AuditReport,
  reportPath: string,
  committed?: CommittedReport,
): string {
  const c = report.codeCoverage;
  const m = report.mutation;
  const t = report.teeth;
  const regimesFailed = report.regimes.filter((r) => !r.pass).length;
  const lines = [
    `audit: ${report.pass ? 'PASS' : 'FAIL'} in ${report.seconds.toFixed(0)} s (report: ${reportPath})`,
    ...(committed === undefined ? [] : [`  ${formatCommittedReport(committed)}`]),
    c === null
      ? '  coverage: skipped'
      : `  coverage: lines ${c.merged.lines.pct.toFixed(2)} %, branches ${c.merged.branches.pct.toFixed(2)} % (merged; suite ${c.suite.figures.lines.pct.toFixed(2)} / ${c.suite.figures.branches.pct.toFixed(2)} %)`,
    `  regimes: ${report.regimes.length - regimesFailed}/${report.regimes.length} claims reach every required regime`,
    `  claims: ${report.claimCoverage.rows.length} hypotheses, ${report.claimCoverage.problems.length} problems, ${report.claimCoverage.notShownNecessary.length} not shown necessary`,
    t === null
      ? '  teeth: skipped'
      : `  teeth: ${t.claims.filter((x) => x.pass).length}/${t.claims.length} claims expected to hold, to be witnessed or decided by draws are flipped by a planted fault (of ${t.faults.length}), ${t.seconds.toFixed(0)} s`,
    m === null
      ? '  mutation: skipped'
      : `  mutation: score ${m.figures.score.toFixed(2)} %, ${m.figures.survivors.length} survivors, ${m.seconds.toFixed(0)} s`,
    ...report.failures.map((f) => `  FAIL ${f}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `coverage/audit.md replaced`, or `... not replaced: <reason>`. Pure. @internal */
export function formatCommittedReport(c: CommittedReport): string {
  return c.keptBecause === null ? `${c.path} replaced` : `${c.path} not replaced: ${c.keptBecause}`;
}
