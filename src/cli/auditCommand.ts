import { join } from 'node:path';
import { catalogue } from '../../properties/catalogue.js';
import type { AuditReport } from '../audit/AuditReport.js';
import { DEFAULT_COVERAGE_THRESHOLDS } from '../audit/checkCoverageThresholds.js';
import { formatAuditMarkdown } from '../audit/formatAuditMarkdown.js';
import { formatAuditSummary } from '../audit/formatAuditSummary.js';
import { hypothesisCoverage } from '../audit/hypothesisCoverage.js';
import { DEFAULT_MUTATION_THRESHOLD } from '../audit/judgeMutation.js';
import { packageRoot } from '../io/packageRoot.js';
import { runAudit, type AuditInput } from '../audit/runAudit.js';
import { runCodeCoverage } from '../audit/runCodeCoverage.js';
import { runMutation } from '../audit/runMutation.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { ruleRegistry } from '../rules/ruleRegistry.js';
import { toJson } from '../io/toJson.js';

/** Options of `fa-verify audit`. @internal */
export interface AuditCommandOptions {
  readonly json?: boolean;
  readonly skipMutation?: boolean;
  readonly skipCoverage?: boolean;
  /** The package to audit (default: the one this module belongs to). */
  readonly root?: string;
  /** Where `audit.md` and `audit.json` go (default `<root>/coverage`). */
  readonly reportDir?: string;
}

/** The slow parts of the audit, replaceable in tests. @internal */
export interface AuditRunners {
  readonly runCodeCoverage: typeof runCodeCoverage;
  readonly runMutation: typeof runMutation;
}

/**
 * `fa-verify audit`: code coverage, regime coverage, claim coverage and mutation testing (see
 * {@link runAudit}); writes `audit.md` and `audit.json` under `coverage/`, prints a summary (or the
 * JSON with `--json`), and exits 1 when a requirement fails.
 */
export async function auditCommand(
  o: AuditCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
  runners: AuditRunners = { runCodeCoverage, runMutation },
): Promise<number> {
  const root = o.root ?? packageRoot();
  const reportDir = o.reportDir ?? join(root, 'coverage');
  const barrel = (await import('../index.js')) as Readonly<Record<string, unknown>>;
  const input: AuditInput = {
    root,
    catalogue,
    hypothesisCoverage,
    barrel,
    registry: ruleRegistry,
    coverageThresholds: DEFAULT_COVERAGE_THRESHOLDS,
    mutationThreshold: DEFAULT_MUTATION_THRESHOLD,
    ...(o.skipCoverage === true ? {} : { codeCoverage: (r, t) => runners.runCodeCoverage(r, t, err) }),
    ...(o.skipMutation === true ? {} : { mutation: (r, t) => runners.runMutation(r, t, err) }),
  };
  const report: AuditReport = await runAudit(input);
  const markdownPath = join(reportDir, 'audit.md');
  writeFileAtomic(markdownPath, formatAuditMarkdown(report));
  writeFileAtomic(join(reportDir, 'audit.json'), `${toJson(report, 2)}\n`);
  out(o.json === true ? `${toJson(report)}\n` : formatAuditSummary(report, markdownPath));
  return report.pass ? 0 : 1;
}
