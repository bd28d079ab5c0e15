import type { CoverageFigures } from './summarizeCoverage.js';

/** Least percentages. @internal */
export interface CoverageThresholds {
  readonly lines: number;
  readonly branches: number;
}

/** The default requirement of the audit: lines >= 95 %, branches >= 90 %. @internal */
export const DEFAULT_COVERAGE_THRESHOLDS: CoverageThresholds = { lines: 95, branches: 90 };

/** The verdict on coverage figures. @internal */
export interface ThresholdCheck {
  readonly pass: boolean;
  /** One line per failed threshold, naming the files that hold the uncovered lines or branches. */
  readonly failures: readonly string[];
}

/**
 * Compares coverage figures with thresholds. A percentage that is NaN fails (the comparison is
 * `pct >= threshold`). A failure names the worst files (most uncovered lines, or branch paths, first)
 * with their first uncovered lines, so that the report points at the code. Pure.
 * @internal
 */
export function checkCoverageThresholds(
  figures: CoverageFigures,
  thresholds: CoverageThresholds,
): ThresholdCheck {
  const failures: string[] = [];
  const worst = (key: 'uncoveredLines' | 'uncoveredBranches'): string =>
    [...figures.files]
      .filter((f) => f[key].length > 0)
      .sort((a, b) => b[key].length - a[key].length)
      .slice(0, 5)
      .map((f) => `${f.file}:${f[key].slice(0, 3).join(',')}`)
      .join(' ');
  if (Number.isNaN(figures.lines.pct) || figures.lines.pct < thresholds.lines) {
    failures.push(
      `lines ${figures.lines.pct.toFixed(2)} % < ${thresholds.lines} % (${figures.lines.total - figures.lines.covered} uncovered; ${worst('uncoveredLines')})`,
    );
  }
  if (Number.isNaN(figures.branches.pct) || figures.branches.pct < thresholds.branches) {
    failures.push(
      `branches ${figures.branches.pct.toFixed(2)} % < ${thresholds.branches} % (${figures.branches.total - figures.branches.covered} untaken; ${worst('uncoveredBranches')})`,
    );
  }
  return { pass: failures.length === 0, failures };
}
