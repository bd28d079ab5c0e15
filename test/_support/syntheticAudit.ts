import type { CodeCoverage } from '../../src/audit/runCodeCoverage.js';
import type { MutationAudit } from '../../src/audit/judgeMutation.js';
import { judgeMutation } from '../../src/audit/judgeMutation.js';
import type { CoverageFigures } from '../../src/audit/summarizeCoverage.js';

/** Coverage figures for one file `src/x.ts` with the given covered/total lines and branches. */
export function figures(
  lines: [number, number],
  branches: [number, number],
  uncovered: number[] = [],
): CoverageFigures {
  const ratio = ([covered, total]: [number, number]) => ({
    covered,
    total,
    pct: total === 0 ? 100 : (100 * covered) / total,
  });
  return {
    lines: ratio(lines),
    branches: ratio(branches),
    files: [
      {
        file: 'src/x.ts',
        lines: ratio(lines),
        branches: ratio(branches),
        uncoveredLines: uncovered,
        uncoveredBranches: [],
      },
    ],
  };
}

/** A code coverage result as `runCodeCoverage` returns it, passing or not as given. */
export function codeCoverage(pass: boolean): CodeCoverage {
  const merged = pass ? figures([99, 100], [95, 100]) : figures([90, 100], [95, 100], [7, 8, 9]);
  const failures = pass ? [] : ['lines 90.00 % < 95 % (10 uncovered; src/x.ts:7,8,9)'];
  return {
    suite: { command: 'vitest run', exitCode: 0, seconds: 60, figures: merged },
    verify: { command: 'c8 verify', exitCode: 0, seconds: 9, figures: figures([50, 100], [40, 100]) },
    merged,
    thresholds: { lines: 95, branches: 90 },
    check: { pass, failures },
    pass,
  };
}

/** A mutation result from a synthetic Stryker report with `killed` of 100 mutants killed. */
export function mutationAudit(killed: number): MutationAudit {
  const mutants = Array.from({ length: 100 }, (_, i) => ({
    id: String(i),
    mutatorName: 'EqualityOperator',
    replacement: 'a <= b',
    status: i < killed ? 'Killed' : 'Survived',
    location: { start: { line: i + 1, column: 4 } },
  }));
  return judgeMutation({ files: { 'src/solve/solveLoop.ts': { mutants } } }, 85, {
    command: 'stryker run stryker.config.json',
    exitCode: 0,
    seconds: 300,
  });
}
