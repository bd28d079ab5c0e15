import { Command, CommanderError } from 'commander';
import type { AuditCommandOptions } from './auditCommand.js';
import { CliError } from './CliError.js';
import type { CheckCommandOptions } from './checkCommand.js';
import { parseIntegerOption } from './parseIntegerOption.js';
import type { ReportCommandOptions } from './reportCommand.js';
import type { VerifyCommandOptions } from './verifyCommand.js';

/**
 * The `fa-verify` command line: parses, calls, prints, and returns the exit code. Each command's module
 * is loaded only when that command runs, so `solve` does not pay for the report's plotting libraries. Errors are one line
 * on stderr with no stack trace; 2 means bad usage or input.
 * @public
 */
export async function main(argv: readonly string[]): Promise<number> {
  const out = (s: string): void => void process.stdout.write(s);
  const err = (s: string): void => void process.stderr.write(s);
  let code = 0;
  const program = new Command('fa-verify')
    .description('Property-based verification of feedback alignment in low-rank matrix factorization')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `fa-verify: ${s}` : s),
    });
  program
    .command('solve')
    .description('run one learning rule on a case file and report loss, optimum and limit')
    .argument('<case>', 'case file (JSON): {"Y", "r", "rule", "eta", "steps" | "maxSteps", "B", ...}')
    .option('--json', 'print one JSON object')
    .action(async (file: string, options: { json?: boolean }) => {
      const { solveCommand } = await import('./solveCommand.js');
      code = solveCommand(file, options, out);
    });
  program
    .command('list')
    .description('list the claims of the catalogue')
    .option('--json', 'print [{id, expected, statement, hypotheses}]')
    .action(async (options: { json?: boolean }) => {
      const { listCommand } = await import('./listCommand.js');
      code = listCommand(options, out);
    });
  program
    .command('check')
    .description('run one claim as a property; exit 0 when its outcome is the expected one')
    .argument('<id>', 'claim id (see `fa-verify list`)')
    .option('--runs <n>', 'generated cases', parseIntegerOption(1), 100)
    .option('--seed <s>', 'fast-check seed', parseIntegerOption(-(2 ** 31)), 7)
    .option('--max-size <k>', 'largest matrix side (at least 2)', parseIntegerOption(2), 8)
    .option('--path <p>', 'replay path printed by an earlier refutation')
    .option('--replay <blob>', 'replay blob printed by an earlier run (replaces --seed, --max-size, --path)')
    .option('--fixtures <dir>', 'where refutations are stored', 'fixtures')
    .option('--no-fixtures', 'do not store refutations')
    .option('--jsonl <file>', 'also write the result as JSON Lines')
    .option('--junit <file>', 'also write the result as JUnit XML')
    .option('--json', 'print one JSON object')
    .action(async (id: string, options: CheckCommandOptions) => {
      const { checkCommand } = await import('./checkCommand.js');
      code = checkCommand(id, options, out, err);
    });
  program
    .command('replay')
    .description(
      're-run stored counterexamples (files or directories) and report whether each verdict stands',
    )
    .argument('<fixtures...>', 'fixture files or directories')
    .option('--json', 'print the results as a JSON array')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { replayCommand } = await import('./replayCommand.js');
      code = replayCommand(paths, options, out, err);
    });
  program
    .command('verify')
    .description('run the whole catalogue and print a verdict table; exit 0 when every claim is as expected')
    .option('--runs <n>', 'generated cases per claim', parseIntegerOption(1), 100)
    .option('--seed <s>', 'fast-check seed', parseIntegerOption(-(2 ** 31)), 7)
    .option('--max-size <k>', 'largest matrix side (at least 2)', parseIntegerOption(2), 8)
    .option('--workers <n>', 'worker threads (default: one per core; 1 runs serially)', parseIntegerOption(1))
    .option('--fixtures <dir>', 'where refutations are stored', 'fixtures')
    .option('--no-fixtures', 'do not store refutations')
    .option('--jsonl <file>', 'also write the results as JSON Lines, one claim per line')
    .option('--junit <file>', 'also write the results as JUnit XML')
    .option('--json', 'print the results as a JSON array')
    .action(async (options: VerifyCommandOptions) => {
      const { verifyCommand } = await import('./verifyCommand.js');
      code = await verifyCommand(options, out, err);
    });
  program
    .command('audit')
    .description(
      'code, regime and claim coverage and mutation testing; reports in coverage/, exit 1 on a failure',
    )
    .option('--json', 'print the whole report as one JSON object')
    .option('--skip-mutation', 'leave out mutation testing (minutes): for quick local runs')
    .option('--skip-coverage', 'leave out code coverage (runs the whole test suite)')
    .action(async (options: AuditCommandOptions) => {
      const { auditCommand } = await import('./auditCommand.js');
      code = await auditCommand(options, out, err);
    });
  program
    .command('report')
    .description('write an offline HTML report: plots, verdict table and every counterexample')
    .option('--seed <s>', 'seed of every random draw (plots, fast-check)', parseIntegerOption(-(2 ** 31)), 7)
    .option('--out <dir>', 'directory to write index.html into', 'report')
    .option('--runs <n>', 'generated cases per claim', parseIntegerOption(1), 50)
    .option('--max-size <k>', 'largest matrix side (at least 2)', parseIntegerOption(2), 8)
    .option('--draws <n>', 'feedback draws of the loss-ratio plot', parseIntegerOption(1), 200)
    .option('--force', 'replace an existing <out>/index.html (without it, an existing one is an error)')
    .action(async (options: ReportCommandOptions) => {
      const { reportCommand } = await import('./reportCommand.js');
      code = await reportCommand(options, out);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      process.stderr.write(`fa-verify: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`fa-verify: internal error: ${(e as Error).message}\n`);
    return 3;
  }
}
