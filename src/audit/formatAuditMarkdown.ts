import type { AuditReport } from './AuditReport.js';
import { formatClaimSection } from './formatClaimSection.js';
import { formatCoverageSection } from './formatCoverageSection.js';
import { formatMutationSection } from './formatMutationSection.js';
import { formatRegimeSection } from './formatRegimeSection.js';
import { formatTeethSection } from './formatTeethSection.js';

/**
 * The audit summary as markdown (what `coverage/audit.md` holds): the verdict and every failure, then
 * one section per part. Pure.
 * @internal
 */
export function formatAuditMarkdown(report: AuditReport): string {
  const count = report.failures.length;
  const head = [
    '# fa-verify audit',
    '',
    `Started ${report.startedAt}, ${report.seconds.toFixed(0)} s. Result: **${report.pass ? 'PASS' : 'FAIL'}**` +
      ` (${count} failed requirement${count === 1 ? '' : 's'}).`,
    ...(count === 0 ? [] : ['', ...report.failures.map((f) => `- ${f}`)]),
  ].join('\n');
  return [
    `${head}\n`,
    formatCoverageSection(report.codeCoverage),
    formatRegimeSection(report.regimes, report.regimeSeconds),
    formatClaimSection(report.claimCoverage, report.catalogueFiles),
    formatTeethSection(report.teeth),
    formatMutationSection(report.mutation),
  ].join('\n');
}
