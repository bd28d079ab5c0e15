import { InputError } from '../linalg/InputError.js';
import { CliError } from './CliError.js';
import { createSolveProgress } from './createSolveProgress.js';
import { formatSolveSummary } from './formatSolveSummary.js';
import { readJsonFile } from './readJsonFile.js';
import { solveReport } from './solveReport.js';
import { toJson } from '../io/toJson.js';

/** `fa-verify solve <case.json> [--json]`: returns the exit code (0 done, 1 diverged). */
export function solveCommand(file: string, options: { json?: boolean }, out: (s: string) => void): number {
  const input = readJsonFile(file);
  // The budget the bar counts against: `steps`, or `maxSteps` (both validated by the solver).
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const budget = [fields.steps, fields.maxSteps].find((v) => typeof v === 'number' && v > 0) as
    number | undefined;
  const progress = createSolveProgress(process.stderr, budget ?? 1);
  let report;
  try {
    report = solveReport(input, progress.onProgress);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  } finally {
    progress.stop();
  }
  out(options.json === true ? `${toJson(report)}\n` : formatSolveSummary(report));
  if (report.reason === 'diverged') {
    throw new CliError(`${file}: diverged at step ${report.steps} (eta too large?)`, 1);
  }
  return 0;
}
