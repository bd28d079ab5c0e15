import { describe, expect, it } from 'vitest';
import { DEFAULT_MUTATION_THRESHOLD, judgeMutation } from '../../src/audit/judgeMutation.js';
import type { StrykerReport } from '../../src/audit/mutationFigures.js';

/** A synthetic Stryker JSON report with `killed` killed and `survived` surviving mutants. */
function report(killed: number, survived: number): StrykerReport {
  const mutants = [
    ...Array.from({ length: killed }, (_, i) => ({ status: 'Killed', line: i + 1 })),
    ...Array.from({ length: survived }, (_, i) => ({ status: 'Survived', line: killed + i + 1 })),
  ].map((m, i) => ({
    id: String(i),
    mutatorName: 'ConditionalExpression',
    replacement: 'true',
    status: m.status,
    location: { start: { line: m.line, column: 0 } },
  }));
  return { files: { 'src/solve/solveLoop.ts': { mutants } } };
}

const run = { command: 'stryker run', exitCode: 0, seconds: 1 };

describe('judgeMutation', () => {
  it('passes at or above the threshold (85 %)', () => {
    expect(DEFAULT_MUTATION_THRESHOLD).toBe(85);
    const m = judgeMutation(report(85, 15), 85, run);
    expect(m.pass).toBe(true);
    expect(m.failures).toEqual([]);
  });

  it('fails a weakened suite: a report below the threshold, listing the survivors', () => {
    const m = judgeMutation(report(80, 20), 85, run);
    expect(m.pass).toBe(false);
    expect(m.failures[0]).toContain('mutation score 80.00 % < 85 %');
    expect(m.figures.survivors).toHaveLength(20);
  });

  it('fails when Stryker produced no report (NaN score) or exited non-zero', () => {
    const empty = judgeMutation({ files: {} }, 85, run);
    expect(empty.pass).toBe(false);
    expect(empty.failures[0]).toContain('NaN');
    const crashed = judgeMutation(report(100, 0), 85, { ...run, exitCode: 1 });
    expect(crashed.pass).toBe(false);
    expect(crashed.failures).toEqual(['stryker exited with 1']);
  });
});
