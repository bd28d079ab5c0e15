import { isAbsolute, join, relative } from 'node:path';
import { PROFILE_NAMES, PROFILES, type ProfileName } from '../runner/profiles.js';
import { catalogue } from '../../properties/catalogue.js';
import type { AuditReport } from '../audit/AuditReport.js';
import { DEFAULT_COVERAGE_THRESHOLDS } from '../audit/checkCoverageThresholds.js';
import { formatAuditMarkdown } from '../audit/formatAuditMarkdown.js';
import {
  formatAuditSummary,
  formatCommittedReport,
  type CommittedReport,
} from '../audit/formatAuditSummary.js';
import { hypothesisCoverage } from '../audit/hypothesisCoverage.js';
import { DEFAULT_MUTATION_THRESHOLD } from '../audit/judgeMutation.js';
import { packageRoot } from '../io/packageRoot.js';
import { runAudit, type AuditInput } from '../audit/runAudit.js';
import { runCodeCoverage } from '../audit/runCodeCoverage.js';
import { runMutation } from '../audit/runMutation.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { ruleRegistry } from '../rules/ruleRegistry.js';
import { faults, type Fault } from '../faults/index.js';
import type { TeethOptions } from '../audit/checkTeeth.js';
import { toJson } from '../io/toJson.js';

/** Options of `fa-verify audit`. @internal */
export interface AuditCommandOptions {
  readonly json?: boolean;
  readonly skipMutation?: boolean;
  readonly skipCoverage?: boolean;
  /** Leave out the teeth part (every claim expected to hold against every planted fault: minutes). */
  readonly skipTeeth?: boolean;
  /** The package to audit (default: the one this module belongs to). */
  readonly root?: string;
  /** The theory document whose claim ids the catalogue must match (default `<root>/docs/theory.md`). */
  readonly theoryPath?: string;
  /**
   * Where the committed `audit.md` is (default `<root>/coverage`); every run writes `audit.md` and
   * `audit.json` to its `last/`.
   */
  readonly reportDir?: string;
  /**
   * The profiles at whose sides the regime coverage is checked (default all: quick, default and
   * thorough, the last at sides up to 256).
   */
  readonly regimeProfiles?: readonly ProfileName[];
}

/** The slow parts of the audit, replaceable in tests. @internal */
export interface AuditRunners {
  readonly runCodeCoverage: typeof runCodeCoverage;
  readonly runMutation: typeof runMutation;
  /** The planted faults of the teeth part and how to run them (default: every fault, the defaults). */
  readonly teeth?: { readonly faults: readonly Fault[]; readonly options?: TeethOptions };
}

/**
 * `fa-verify audit`: code coverage, regime coverage, claim coverage and mutation testing (see
 * {@link runAudit}); writes `audit.md` and `audit.json` to `coverage/last/` (git-ignored), and
 * replaces the committed `coverage/audit.md` only with a complete run (nothing skipped) that passed,
 * so that a partial or failed run cannot stand for the project's figures. Prints a summary that names
 * what was written (or, with `--json`, the report as JSON on stdout and that note on stderr), and
 * exits 1 when a requirement fails.
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
    regimeProfiles: (o.regimeProfiles ?? PROFILE_NAMES).map((name) => PROFILES[name]),
    mutationThreshold: DEFAULT_MUTATION_THRESHOLD,
    ...(o.theoryPath === undefined ? {} : { theoryPath: o.theoryPath }),
    ...(o.skipCoverage === true ? {} : { codeCoverage: (r, t) => runners.runCodeCoverage(r, t, err) }),
    ...(o.skipMutation === true ? {} : { mutation: (r, t) => runners.runMutation(r, t, err) }),
    ...(o.skipTeeth === true ? {} : { teeth: runners.teeth ?? { faults } }),
  };
  const report: AuditReport = await runAudit(input);
  const markdown = formatAuditMarkdown(report);
  const lastPath = join(reportDir, 'last', 'audit.md');
  writeFileAtomic(lastPath, markdown);
  writeFileAtomic(join(reportDir, 'last', 'audit.json'), `${toJson(report, 2)}\n`);
  const skipped = [
    ...(o.skipCoverage === true ? ['--skip-coverage'] : []),
    ...(o.skipMutation === true ? ['--skip-mutation'] : []),
    ...(o.skipTeeth === true ? ['--skip-teeth'] : []),
  ];
  const committedPath = join(reportDir, 'audit.md');
  const keptBecause =
    skipped.length > 0 ? `a partial run (${skipped.join(' ')})` : report.pass ? null : 'the audit failed';
  if (keptBecause === null) writeFileAtomic(committedPath, markdown);
  const committed: CommittedReport = { path: shown(committedPath), keptBecause };
  if (o.json === true) {
    out(`${toJson(report)}\n`);
    err(`audit: report in ${shown(lastPath)}; ${formatCommittedReport(committed)}\n`);
  } else {
    out(formatAuditSummary(report, shown(lastPath), committed));
  }
  return report.pass ? 0 : 1;
}

/** A path relative to the working directory when it lies below it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
