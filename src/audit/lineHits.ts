import type { IstanbulFileCoverage } from './IstanbulCoverage.js';

/**
 * Hits per source line, as istanbul counts lines: a line is instrumented when a statement starts on
 * it, and its count is the largest count of those statements. Pure.
 * @internal
 */
export function lineHits(file: IstanbulFileCoverage): Map<number, number> {
  const hits = new Map<number, number>();
  for (const [id, range] of Object.entries(file.statementMap)) {
    const count = file.s[id] ?? 0;
    const line = range.start.line;
    hits.set(line, Math.max(hits.get(line) ?? 0, count));
  }
  return hits;
}
