/** A mutant as StrykerJS's JSON report (mutation-testing-report-schema) records it. @internal */
export interface StrykerMutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}

/** The part of StrykerJS's JSON report that the audit reads. @internal */
export interface StrykerReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly StrykerMutant[] }>>;
}

/** A mutant that no test killed. @internal */
export interface Survivor {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly mutator: string;
  readonly replacement: string;
  /** `Survived` (tests ran, none failed) or `NoCoverage` (no test reaches it). */
  readonly status: string;
}

/** Counts and score of a mutation run. @internal */
export interface MutationFigures {
  /** Mutants by status (`Killed`, `Survived`, `Timeout`, `NoCoverage`, `CompileError`, ...). */
  readonly byStatus: Readonly<Record<string, number>>;
  /** `Killed + Timeout`. */
  readonly detected: number;
  /** `detected + Survived + NoCoverage`: the mutants that count. */
  readonly valid: number;
  /** `100 detected / valid`, Stryker's mutation score (NaN when nothing counts). */
  readonly score: number;
  /** Survived and uncovered mutants, by file and line. */
  readonly survivors: readonly Survivor[];
  /** Mutants by file: `[valid, detected]`. */
  readonly byFile: Readonly<Record<string, { readonly valid: number; readonly detected: number }>>;
}

/**
 * Stryker's mutation score from its JSON report: detected (killed or timed out) over valid (detected,
 * survived, or not covered by any test); compile and runtime errors and ignored mutants do not count.
 * NaN with no valid mutant, so that a threshold check on it fails. Pure.
 * @internal
 */
export function mutationFigures(report: StrykerReport): MutationFigures {
  const byStatus: Record<string, number> = {};
  const byFile: Record<string, { valid: number; detected: number }> = {};
  const survivors: Survivor[] = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const entry = (byFile[file] = { valid: 0, detected: 0 });
    for (const m of mutants) {
      byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
      const detected = m.status === 'Killed' || m.status === 'Timeout';
      const undetected = m.status === 'Survived' || m.status === 'NoCoverage';
      if (detected) entry.detected++;
      if (detected || undetected) entry.valid++;
      if (undetected) {
        survivors.push({
          file,
          line: m.location.start.line,
          column: m.location.start.column,
          mutator: m.mutatorName,
          replacement: m.replacement ?? '',
          status: m.status,
        });
      }
    }
  }
  survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const detected = Object.values(byFile).reduce((acc, f) => acc + f.detected, 0);
  const valid = Object.values(byFile).reduce((acc, f) => acc + f.valid, 0);
  return {
    byStatus,
    detected,
    valid,
    score: valid === 0 ? Number.NaN : (100 * detected) / valid,
    survivors,
    byFile,
  };
}
