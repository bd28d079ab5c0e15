import { Command, CommanderError } from 'commander';
import { CliError } from './CliError.js';
import { solveCommand } from './solveCommand.js';

/**
 * The `fa-verify` command line: parses, calls, prints, and returns the exit code. Errors are one line
 * on stderr with no stack trace; 2 means bad usage or input.
 * @public
 */
export async function main(argv: readonly string[]): Promise<number> {
  const out = (s: string): void => void process.stdout.write(s);
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
    .action((file: string, options: { json?: boolean }) => {
      code = solveCommand(file, options, out);
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
