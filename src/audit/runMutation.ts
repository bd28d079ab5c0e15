import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { judgeMutation, type MutationAudit } from './judgeMutation.js';
import type { StrykerReport } from './mutationFigures.js';
import { runCommand } from './runCommand.js';

/**
 * Runs StrykerJS with `stryker.config.json` (vitest runner, per-test coverage, the rules, the solve
 * loop and the theory functions) and judges its JSON report, `coverage/mutation/mutation.json`
 * ({@link judgeMutation}). Slow: minutes.
 * @internal
 */
export async function runMutation(
  root: string,
  threshold: number,
  onProgress: (s: string) => void = () => undefined,
): Promise<MutationAudit> {
  const reportPath = join(root, 'coverage', 'mutation', 'mutation.json');
  rmSync(reportPath, { force: true });
  onProgress('audit: StrykerJS (stryker.config.json) ...\n');
  const stryker = join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
  const run = await runCommand(process.execPath, [stryker, 'run', 'stryker.config.json'], { cwd: root });
  onProgress(`audit: ... exit ${run.code} in ${run.seconds.toFixed(1)} s\n`);
  let report: StrykerReport;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as StrykerReport;
  } catch {
    report = { files: {} }; // no report: the score is NaN and the audit fails
  }
  return judgeMutation(report, threshold, {
    command: 'stryker run stryker.config.json',
    exitCode: run.code,
    seconds: run.seconds,
  });
}
