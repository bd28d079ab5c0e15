import { Command, CommanderError } from 'commander';
import type { claimContext as loadClaimContext } from './claimContext.js';
import { withConfig } from './withConfig.js';
import type { AuditCommandOptions } from './auditCommand.js';
import { CliError } from './CliError.js';
import type { CheckCommandOptions } from './checkCommand.js';
import { OPTION_LIMITS as L, rangeText } from './optionLimits.js';
import { parseSecondsOption } from './parseSecondsOption.js';
import { parseShardOption } from './parseShardOption.js';
import type { MergeCommandOptions } from './mergeCommand.js';
import { parseIntegerOption } from './parseIntegerOption.js';
import { parseReplayPathOption } from './parseReplayPathOption.js';
import { parseProfileOption, PROFILE_HELP } from './parseProfileOption.js';
import type { ReportCommandOptions } from './reportCommand.js';
import type { VerifyCommandOptions } from './verifyCommand.js';
import { profileFor, smallestMaxSize } from '../runner/profiles.js';

const integer = (limit: { readonly min: number; readonly max: number }): ((value: string) => number) =>
  parseIntegerOption(limit.min, limit.max);

const SEED_HELP = `fast-check seed, a 32-bit signed integer (${rangeText(L.seed)})`;
const MAX_SIZE_HELP = `largest matrix side (${rangeText(L.maxSize)}; a claim with r < rank(Y) needs 2; default: the profile's)`;

/** The exit codes, as `--help` prints them (README.md, section on `check`, has the same table). */
const EXIT_CODES = `
Exit codes:
  0  every verdict as expected
  1  a verdict not as expected (replay: a stored verdict no longer stands; solve: the run diverged)
  2  bad usage or input: one line on stderr naming the parameter and its value
  3  an evaluation error: a claim's evaluation threw, gave a non-finite value or could not finish
     (replay: a fixture whose evaluation errs or whose input is outside the claim's hypotheses)
  4  internal error: a bug in fa-verify (please report it with the command line)
`;

/**
 * The `fa-verify` command line: parses, calls, prints, and returns the exit code. Each command's module
 * is loaded only when that command runs, so `solve` does not pay for the report's plotting libraries. Errors are one line
 * on stderr with no stack trace; the exit codes are {@link EXIT_CODES}'s (2: bad usage or input, 4: a bug).
 * @public
 */
/** `--claims`, on `check`, `verify`, `list` and `replay`. */
const CLAIMS_HELP =
  'a claim file (JavaScript module exporting claims) or glob, instead of the catalogue; repeatable (default: the claims of fa-verify.config.mjs, if any)';

/** `--stats`, on `check` and `verify`. */
const STATS_HELP =
  'also print per claim the sizes and regimes of its cases, the passing case nearest its tolerance, and for a counterexample its violation before and after shrinking and the shrink trajectory (in --json: the statistics field)';

/** Each `--claims` (or `--only`, `--exclude`) value, in the order given. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * The claims and the configuration a claim command runs with (`claimContext`), loaded only by the
 * commands that use them: they bring in the catalogue and fast-check, which `solve` never needs.
 */
const claimContext = async (
  ...args: Parameters<typeof loadClaimContext>
): ReturnType<typeof loadClaimContext> => (await import('./claimContext.js')).claimContext(...args);

/** What `--time-budget` does, for `check` and `verify`. */
const TIME_BUDGET_HELP =
  "seconds per claim: when spent before any failure the outcome is inconclusive (with the cases run), never holds (default: the profile's)";

export async function main(argv: readonly string[]): Promise<number> {
  const out = (s: string): void => void process.stdout.write(s);
  const err = (s: string): void => void process.stderr.write(s);
  let code = 0;
  const program = new Command('fa-verify')
    .description('Property-based verification of feedback alignment in low-rank matrix factorization')
    .exitOverride()
    .configureOutput({
      // One line: commander puts its "(Did you mean ...?)" on a line of its own.
      writeErr: (s) =>
        process.stderr.write(
          s.startsWith('error:') ? `fa-verify: ${s.replace(/\n\(Did you mean/g, ' (did you mean')}` : s,
        ),
    })
    .addHelpText('after', EXIT_CODES);
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
    .command('compare')
    .description('the league table of the learning rules: loss over optimum, alignment, steps, per target')
    .option(
      '--seed <s>',
      `seed of the targets, feedbacks and starts, ${rangeText(L.seed)}`,
      integer(L.seed),
      7,
    )
    .option('--json', 'print {seed, maxSteps, tol, rows}')
    .action(async (options: { seed: number; json?: boolean }) => {
      const { compareCommand } = await import('./compareCommand.js');
      code = compareCommand(options, out);
    });
  program
    .command('list')
    .description('list the claims of the catalogue, or of --claims files (or of fa-verify.config.mjs)')
    .option('--json', 'print [{id, expected, statement, hypotheses}]')
    .option('--rules', 'list the learning rules (name, update, parameters) instead of the claims')
    .option('--claims <file-or-glob>', CLAIMS_HELP, collect)
    .action(async (options: { json?: boolean; rules?: boolean; claims?: string[] }) => {
      const { source } = await claimContext(options.claims);
      const { listCommand } = await import('./listCommand.js');
      code = listCommand(options, out, source.claims);
    });
  program
    .command('check')
    .description('run one claim as a property; exit 0 when its outcome is the expected one')
    .argument('<id>', 'claim id (see `fa-verify list`)')
    .option('--profile <name>', PROFILE_HELP, parseProfileOption, 'default')
    .option('--runs <n>', `generated cases (${rangeText(L.runs)}; default: the profile's)`, integer(L.runs))
    .option('--seed <s>', SEED_HELP, integer(L.seed), 7)
    .option('--max-size <k>', MAX_SIZE_HELP, integer(L.maxSize))
    .option(
      '--path <p>',
      'replay path printed by an earlier refutation, colon-separated integers (with --seed and --max-size)',
      parseReplayPathOption,
    )
    .option('--replay <blob>', 'replay blob printed by an earlier run (replaces --seed, --max-size, --path)')
    .option('--fixtures <dir>', 'where refutations are stored', 'fixtures')
    .option('--no-fixtures', 'do not store refutations')
    .option('--jsonl <file>', 'also write the result as JSON Lines')
    .option('--junit <file>', 'also write the result as JUnit XML')
    .option(
      '--time-budget <seconds>',
      TIME_BUDGET_HELP,
      parseSecondsOption(L.timeBudget.min, L.timeBudget.max),
    )
    .option('--json', 'print one JSON object')
    .option('--stats', STATS_HELP)
    .option('--claims <file-or-glob>', CLAIMS_HELP, collect)
    .action(async (id: string, typed: CheckCommandOptions & { claims?: string[] }, command: Command) => {
      const { config, source } = await claimContext(typed.claims);
      const options = withConfig(typed, config, (key) => command.getOptionValueSource(key));
      const { checkCommand } = await import('./checkCommand.js');
      code = checkCommand(id, options, out, err, source);
    });
  program
    .command('replay')
    .description(
      're-run stored counterexamples (files or directories) and report whether each verdict stands',
    )
    .argument(
      '[fixtures...]',
      "fixture files or directories (default: the fixtures folder of fa-verify.config.mjs, else 'fixtures')",
    )
    .option('--json', 'print the results as a JSON array')
    .option('--claims <file-or-glob>', CLAIMS_HELP, collect)
    .action(async (paths: string[], options: { json?: boolean; claims?: string[] }) => {
      const { config, source } = await claimContext(options.claims);
      const { replayCommand } = await import('./replayCommand.js');
      const given = paths.length > 0 ? paths : [config?.fixtures ?? 'fixtures'];
      code = replayCommand(given, options, out, err, source.claims);
    });
  program
    .command('verify')
    .description('run the whole catalogue and print a verdict table; exit 0 when every claim is as expected')
    .option('--profile <name>', PROFILE_HELP, parseProfileOption, 'default')
    .option(
      '--runs <n>',
      `generated cases per claim (${rangeText(L.runs)}; default: the profile's)`,
      integer(L.runs),
    )
    .option('--seed <s>', SEED_HELP, integer(L.seed), 7)
    .option('--max-size <k>', MAX_SIZE_HELP, integer(L.maxSize))
    .option(
      '--workers <n>',
      `worker threads, ${rangeText(L.workers)} (default: one per core; 1 runs serially)`,
      integer(L.workers),
    )
    .option('--fixtures <dir>', 'where refutations are stored', 'fixtures')
    .option('--no-fixtures', 'do not store refutations')
    .option('--jsonl <file>', 'also write the results as JSON Lines, one claim per line')
    .option('--junit <file>', 'also write the results as JUnit XML')
    .option(
      '--time-budget <seconds>',
      TIME_BUDGET_HELP,
      parseSecondsOption(L.timeBudget.min, L.timeBudget.max),
    )
    .option(
      '--blocks <b>',
      `seed blocks per claim, ${rangeText(L.blocks)} (default: the profile's, 1 in each: the unblocked run)`,
      integer(L.blocks),
    )
    .option(
      '--shard <K/N>',
      'run only shard K of N of the blocks, written with --jsonl for `fa-verify merge`',
      parseShardOption,
    )
    .option('--json', 'print the results as a JSON array')
    .option('--stats', STATS_HELP)
    .option('--claims <file-or-glob>', CLAIMS_HELP, collect)
    .option('--only <id>', 'run only this claim (repeatable)', collect)
    .option('--exclude <id>', 'leave out this claim (repeatable)', collect)
    .action(async (typed: VerifyCommandOptions & { claims?: string[] }, command: Command) => {
      const { config, source } = await claimContext(typed.claims);
      const options = withConfig(typed, config, (key) => command.getOptionValueSource(key));
      const { preflightVerify } = await import('./preflight.js');
      const { selectClaims } = await import('./selectClaims.js');
      preflightVerify(
        {
          ...options,
          maxSize: options.maxSize ?? smallestMaxSize(profileFor(options.profile ?? 'default')),
        },
        selectClaims(source.claims, options.only, options.exclude),
      );
      const { verifyCommand } = await import('./verifyCommand.js');
      code = await verifyCommand(options, out, err, source);
    });
  program
    .command('merge')
    .description('put together the shards of a sharded verify (JSON Lines files) into one verdict table')
    .argument('<files...>', 'the --jsonl files of `verify --shard K/N`, every shard of one run')
    .option('--jsonl <file>', 'also write the merged results as JSON Lines')
    .option('--junit <file>', 'also write the merged results as JUnit XML')
    .option('--json', 'print the merged results as a JSON array')
    .action(async (files: string[], options: MergeCommandOptions) => {
      const { mergeCommand } = await import('./mergeCommand.js');
      code = mergeCommand(files, options, out);
    });
  program
    .command('audit')
    .description(
      'code, regime and claim coverage and mutation testing; reports in coverage/, exit 1 on a failure',
    )
    .option('--json', 'print the whole report as one JSON object')
    .option('--skip-mutation', 'leave out mutation testing (minutes): for quick local runs')
    .option('--skip-teeth', 'leave out the teeth part (planted faults against every claim expected to hold)')
    .option('--skip-coverage', 'leave out code coverage (runs the whole test suite)')
    .action(async (options: AuditCommandOptions) => {
      const { auditCommand } = await import('./auditCommand.js');
      code = await auditCommand(options, out, err);
    });
  program
    .command('report')
    .description('write an offline HTML report: plots, verdict table and every counterexample')
    .option(
      '--seed <s>',
      `seed of every random draw (plots, fast-check), ${rangeText(L.seed)}`,
      integer(L.seed),
      7,
    )
    .option('--out <dir>', 'directory to write index.html into', 'report')
    .option('--profile <name>', PROFILE_HELP, parseProfileOption, 'default')
    .option(
      '--runs <n>',
      `generated cases per claim (${rangeText(L.runs)}; default: the profile's)`,
      integer(L.runs),
    )
    .option('--max-size <k>', MAX_SIZE_HELP, integer(L.maxSize))
    .option(
      '--time-budget <seconds>',
      TIME_BUDGET_HELP,
      parseSecondsOption(L.timeBudget.min, L.timeBudget.max),
    )
    .option(
      '--draws <n>',
      `feedback draws of the loss-ratio plot, half as many for each point of the plot against r (${rangeText(L.draws)})`,
      integer(L.draws),
      200,
    )
    .option('--force', 'replace an existing <out>/index.html (without it, an existing one is an error)')
    .option('--claims <file-or-glob>', CLAIMS_HELP, collect)
    .action(async (typed: ReportCommandOptions & { claims?: string[] }, command: Command) => {
      const { config, source } = await claimContext(typed.claims);
      const options = withConfig(typed, config, (key) => command.getOptionValueSource(key));
      const { preflightReport } = await import('./preflight.js');
      preflightReport(
        { maxSize: options.maxSize ?? smallestMaxSize(profileFor(options.profile ?? 'default')) },
        source.claims,
      );
      const { reportCommand } = await import('./reportCommand.js');
      code = await reportCommand(options, out, process.stderr, source.claims);
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
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      `fa-verify: internal error (a bug in fa-verify; please report it with the command line): ${message.split('\n')[0]}\n`,
    );
    return 4;
  }
}
