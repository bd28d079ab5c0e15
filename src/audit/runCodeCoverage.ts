import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkCoverageThresholds,
  type CoverageThresholds,
  type ThresholdCheck,
} from './checkCoverageThresholds.js';
import { listFailedTests } from './listFailedTests.js';
import { readCoverageMap } from './readCoverageMap.js';
import { runCommand, type CommandRun } from './runCommand.js';
import { summarizeCoverage, type CoverageFigures } from './summarizeCoverage.js';

/** One measured run: how it ended, how long it took, and its figures over `src/`. @internal */
export interface CoverageRun {
  /** The command, for the report. */
  readonly command: string;
  readonly exitCode: number;
  readonly seconds: number;
  readonly figures: CoverageFigures;
  /** The suite's failed tests, every one (`file > suite > test`); absent for the verify run. */
  readonly failedTests?: readonly string[];
}

/** The code coverage audit. @internal */
export interface CodeCoverage {
  /** The test suite under vitest's V8 provider (reports in `coverage/suite/`). */
  readonly suite: CoverageRun;
  /** `fa-verify verify` from dist/ under c8, remapped to src/ by source maps (`coverage/verify/`). */
  readonly verify: CoverageRun;
  /** Suite lines and branches, with a line also counted when the verify run hit it. */
  readonly merged: CoverageFigures;
  readonly thresholds: CoverageThresholds;
  /** The thresholds against the merged figures; a failing test suite fails too. */
  readonly check: ThresholdCheck;
  readonly pass: boolean;
}

/**
 * Measures V8 code coverage of `src/` two ways and merges them: the test suite under
 * `@vitest/coverage-v8` (vitest.coverage.config.ts: HTML, lcov, json-summary and JSON in
 * `coverage/suite/`), and the built command's `verify` under c8 (`coverage/verify/`), which reports
 * against the TypeScript sources through dist/'s source maps. (`c8 vitest run` would report 0 %:
 * vitest runs transformed sources in workers.) Needs a fresh `npm run build`. The tests' own exit code
 * counts: a failing suite fails the audit, and the failure names the failed tests (from vitest's JSON
 * reporter, written to a temporary file).
 * @internal
 */
export async function runCodeCoverage(
  root: string,
  thresholds: CoverageThresholds,
  onProgress: (s: string) => void = () => undefined,
): Promise<CodeCoverage> {
  const node = process.execPath;
  const suiteDir = join(root, 'coverage', 'suite');
  const verifyDir = join(root, 'coverage', 'verify');
  rmSync(suiteDir, { recursive: true, force: true });
  rmSync(verifyDir, { recursive: true, force: true });
  onProgress('audit: test suite under @vitest/coverage-v8 ...\n');
  const scratch = mkdtempSync(join(tmpdir(), 'fa-verify-audit-tests-'));
  const testsJson = join(scratch, 'tests.json');
  const suiteArgs = [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'vitest.coverage.config.ts',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${testsJson}`,
  ];
  let suite: CommandRun;
  let failedTests: string[];
  try {
    suite = await runCommand(node, suiteArgs, { cwd: root });
    failedTests = existsSync(testsJson) ? listFailedTests(parseJson(testsJson), root) : [];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  onProgress(`audit: ... exit ${suite.code} in ${suite.seconds.toFixed(1)} s\n`);
  onProgress('audit: fa-verify verify under c8 ...\n');
  const verifyArgs = [
    join(root, 'node_modules/c8/bin/c8.js'),
    '--reporter=json',
    '--reporter=json-summary',
    '--reporter=html',
    `--report-dir=${verifyDir}`,
    `--temp-directory=${join(root, 'coverage', 'tmp', 'c8')}`,
    '--include=src/**',
    '--exclude-after-remap',
    node,
    'bin/fa-verify.js',
    'verify',
    '--json',
  ];
  const verify = await runCommand(node, verifyArgs, { cwd: root });
  onProgress(`audit: ... exit ${verify.code} in ${verify.seconds.toFixed(1)} s\n`);
  const suiteMap = readCoverageMap(join(suiteDir, 'coverage-final.json'));
  const verifyMap = readCoverageMap(join(verifyDir, 'coverage-final.json'));
  const merged = summarizeCoverage(suiteMap, root, 'src', verifyMap);
  const check = checkCoverageThresholds(merged, thresholds);
  const failures = [...check.failures];
  if (suite.code !== 0) failures.push(suiteFailure(suite, failedTests));
  return {
    suite: {
      command: 'vitest run --config vitest.coverage.config.ts',
      exitCode: suite.code,
      seconds: suite.seconds,
      figures: summarizeCoverage(suiteMap, root, 'src'),
      failedTests,
    },
    verify: {
      command: 'c8 node bin/fa-verify.js verify --json',
      exitCode: verify.code,
      seconds: verify.seconds,
      figures: summarizeCoverage(verifyMap, root, 'src'),
    },
    merged,
    thresholds,
    check: { pass: failures.length === 0, failures },
    pass: failures.length === 0,
  };
}

/** At most this many failed tests are named; the rest are counted. */
const NAMED = 10;

/**
 * One line for a suite that exited non-zero: the failed tests it reported, or, when it reported none
 * (an unhandled error, a crash before the report), the first error of its output (a line that starts
 * with `...Error`, else one that mentions an error, else its last line).
 */
function suiteFailure(suite: CommandRun, failedTests: readonly string[]): string {
  const head = `the test suite failed under coverage (exit ${suite.code}${suite.signal === null ? '' : `, ${suite.signal}`})`;
  if (failedTests.length > 0) {
    const more =
      failedTests.length > NAMED
        ? `; and ${failedTests.length - NAMED} more (every one in audit.json, codeCoverage.suite.failedTests)`
        : '';
    const count = `${failedTests.length} failed`;
    return `${head}, ${count}: ${failedTests.slice(0, NAMED).join('; ')}${more}`;
  }
  const lines = `${suite.stderr}\n${suite.stdout}`
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const error =
    lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => /error|unhandled/i.test(l)) ?? lines.at(-1);
  return `${head}, no failed test reported${error === undefined ? '' : `: ${error.slice(0, 200)}`}`;
}

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}
