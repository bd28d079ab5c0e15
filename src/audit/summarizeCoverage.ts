import { relative, sep } from 'node:path';
import type { IstanbulCoverageMap } from './IstanbulCoverage.js';
import { lineHits } from './lineHits.js';

/** Covered out of total, and the percentage (100 when there is nothing to cover). @internal */
export interface CoverageRatio {
  readonly covered: number;
  readonly total: number;
  readonly pct: number;
}

/** The figures of one source file. @internal */
export interface FileCoverageFigures {
  /** Path relative to the package root, with `/` separators. */
  readonly file: string;
  readonly lines: CoverageRatio;
  readonly branches: CoverageRatio;
  /** Instrumented lines that never ran, ascending. */
  readonly uncoveredLines: readonly number[];
  /** Branch paths never taken, as `line` of each path's start, ascending (repeats allowed). */
  readonly uncoveredBranches: readonly number[];
}

/** Figures over a set of files. @internal */
export interface CoverageFigures {
  readonly lines: CoverageRatio;
  readonly branches: CoverageRatio;
  readonly files: readonly FileCoverageFigures[];
}

const ratio = (covered: number, total: number): CoverageRatio => ({
  covered,
  total,
  pct: total === 0 ? 100 : (100 * covered) / total,
});

/**
 * Line and branch coverage of the files of `map` under `<root>/<scope>/`. With `lineEvidence` (the
 * coverage of another run of the same sources, e.g. c8 over the built command), a line instrumented
 * in `map` also counts as covered when the other run hit it; the set of lines and all branches stay
 * those of `map`, since two remappers do not agree on what a statement or a branch is. The merged
 * line figure is therefore a union of evidence over one tool's line universe, and the branch figure
 * a lower bound of the union's. Pure.
 * @internal
 */
export function summarizeCoverage(
  map: IstanbulCoverageMap,
  root: string,
  scope: string,
  lineEvidence?: IstanbulCoverageMap,
): CoverageFigures {
  const files: FileCoverageFigures[] = [];
  let linesCovered = 0;
  let linesTotal = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  for (const [path, cov] of Object.entries(map)) {
    const file = relative(root, path).split(sep).join('/');
    if (!file.startsWith(`${scope}/`)) continue;
    const hits = lineHits(cov);
    const other = lineEvidence?.[path] === undefined ? undefined : lineHits(lineEvidence[path]);
    const uncoveredLines = [...hits.entries()]
      .filter(([line, count]) => count === 0 && (other?.get(line) ?? 0) === 0)
      .map(([line]) => line)
      .sort((a, b) => a - b);
    const uncoveredBranches: number[] = [];
    let taken = 0;
    let paths = 0;
    for (const [id, counts] of Object.entries(cov.b)) {
      counts.forEach((count, i) => {
        paths++;
        if (count > 0) taken++;
        else {
          const branch = cov.branchMap[id];
          uncoveredBranches.push(branch?.locations[i]?.start?.line ?? branch?.loc?.start.line ?? 0);
        }
      });
    }
    uncoveredBranches.sort((a, b) => a - b);
    files.push({
      file,
      lines: ratio(hits.size - uncoveredLines.length, hits.size),
      branches: ratio(taken, paths),
      uncoveredLines,
      uncoveredBranches,
    });
    linesCovered += hits.size - uncoveredLines.length;
    linesTotal += hits.size;
    branchesCovered += taken;
    branchesTotal += paths;
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { lines: ratio(linesCovered, linesTotal), branches: ratio(branchesCovered, branchesTotal), files };
}
