import { mutationFigures, type MutationFigures, type StrykerReport } from './mutationFigures.js';

/** The default least mutation score of the audit, in percent. @internal */
export const DEFAULT_MUTATION_THRESHOLD = 85;

/** The mutation audit. @internal */
export interface MutationAudit {
  readonly command: string;
  readonly exitCode: number;
  readonly seconds: number;
  readonly threshold: number;
  readonly figures: MutationFigures;
  /** One line per failure: the score below the threshold (NaN fails), Stryker's own failure. */
  readonly failures: readonly string[];
  readonly pass: boolean;
}

/**
 * Judges a StrykerJS JSON report against a least mutation score: {@link mutationFigures}, then
 * `score >= threshold` (false for NaN). `exitCode` is Stryker's; a non-zero one fails too. Pure.
 * @internal
 */
export function judgeMutation(
  report: StrykerReport,
  threshold: number,
  run: { readonly command: string; readonly exitCode: number; readonly seconds: number },
): MutationAudit {
  const figures = mutationFigures(report);
  const failures: string[] = [];
  if (run.exitCode !== 0) failures.push(`stryker exited with ${run.exitCode}`);
  if (Number.isNaN(figures.score) || figures.score < threshold) {
    failures.push(
      `mutation score ${figures.score.toFixed(2)} % < ${threshold} % (${figures.survivors.length} survivors)`,
    );
  }
  return { ...run, threshold, figures, failures, pass: failures.length === 0 };
}
