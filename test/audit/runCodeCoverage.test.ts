import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCodeCoverage } from '../../src/audit/runCodeCoverage.js';

// runCodeCoverage against stand-ins for vitest and c8 in a scratch package: each stand-in records
// its arguments and writes the istanbul JSON that the real tool would, so that the test checks the
// commands, where the reports are read from, the merge and the verdict (the real tools run in
// `fa-verify audit`, which is too slow for `npm test`).

const root = mkdtempSync(join(tmpdir(), 'fa-verify-runcov-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const src = join(root, 'src', 'a.ts');
const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });
const coverage = (counts: number[]) => ({
  [src]: {
    path: src,
    statementMap: Object.fromEntries(counts.map((_, i) => [String(i), at(i + 1)])),
    s: Object.fromEntries(counts.map((c, i) => [String(i), c])),
    branchMap: { '0': { locations: [at(1), at(2)] } },
    b: { '0': [1, 1] },
  },
});

/**
 * A stand-in tool: records argv in `<root>/<name>.argv`, writes `json` to `<dir>/coverage-final.json`,
 * `tests` (when given) to the file of `--outputFile.json=` as vitest's JSON reporter would, and
 * `stderr` to stderr.
 */
function standIn(
  path: string,
  name: string,
  dir: string,
  json: unknown,
  exitCode: number,
  tests?: unknown,
  stderr = '',
  signal?: string,
): void {
  mkdirSync(dirname(path), { recursive: true });
  const text = [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    `writeFileSync(${JSON.stringify(join(root, `${name}.argv`))}, JSON.stringify(process.argv.slice(2)));`,
    "const flag = process.argv.find((a) => a.startsWith('--report-dir='));",
    `const dir = flag === undefined ? ${JSON.stringify(dir)} : flag.slice('--report-dir='.length);`,
    'mkdirSync(dir, { recursive: true });',
    `writeFileSync(dir + '/coverage-final.json', ${JSON.stringify(JSON.stringify(json))});`,
    "const out = process.argv.find((a) => a.startsWith('--outputFile.json='));",
    ...(tests === undefined
      ? []
      : [
          `if (out !== undefined) writeFileSync(out.slice('--outputFile.json='.length), ${JSON.stringify(JSON.stringify(tests))});`,
        ]),
    `process.stderr.write(${JSON.stringify(stderr)});`,
    `process.exitCode = ${exitCode};`,
    ...(signal === undefined ? [] : [`process.kill(process.pid, ${JSON.stringify(signal)});`]),
  ].join('\n');
  writeFileSync(path, text, 'utf8');
}

interface SuiteRun {
  readonly exit?: number;
  /** vitest's JSON report, written where `--outputFile.json=` says. */
  readonly tests?: unknown;
  readonly stderr?: string;
  /** A signal the stand-in sends itself at the end. */
  readonly signal?: string;
}

function install(suiteCounts: number[], verifyCounts: number[], suite: SuiteRun = {}): void {
  standIn(
    join(root, 'node_modules/vitest/vitest.mjs'),
    'vitest',
    join(root, 'coverage/suite'),
    coverage(suiteCounts),
    suite.exit ?? 0,
    suite.tests,
    suite.stderr,
    suite.signal,
  );
  standIn(join(root, 'node_modules/c8/bin/c8.js'), 'c8', '', coverage(verifyCounts), 0);
}

/** vitest's JSON report with one file holding a passed and a failed test. */
const oneFailed = {
  testResults: [
    {
      name: join(root, 'test', 'a.test.ts'),
      status: 'failed',
      message: '',
      assertionResults: [
        { ancestorTitles: ['a'], title: 'passes', status: 'passed' },
        { ancestorTitles: ['a', 'when b'], title: 'fails', status: 'failed' },
      ],
    },
    { name: join(root, 'test', 'c.test.ts'), status: 'passed', message: '', assertionResults: [] },
  ],
};

beforeEach(() => rmSync(join(root, 'coverage'), { recursive: true, force: true }));

describe('runCodeCoverage (with stand-in tools)', () => {
  it('runs the suite with the coverage config and verify under c8, and merges their lines', async () => {
    install([1, 1, 0, 1], [1, 0, 1, 1]);
    const progress: string[] = [];
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 }, (s) => progress.push(s));
    const vitest = JSON.parse(readFileSync(join(root, 'vitest.argv'), 'utf8')) as string[];
    expect(vitest.slice(0, 3)).toEqual(['run', '--config', 'vitest.coverage.config.ts']);
    expect(vitest).toContain('--reporter=json');
    const testsJson = vitest
      .find((a) => a.startsWith('--outputFile.json='))
      ?.slice('--outputFile.json='.length);
    expect(testsJson).toMatch(/tests\.json$/);
    expect(existsSync(testsJson ?? ''), 'the temporary JSON report is removed').toBe(false);
    const c8 = JSON.parse(readFileSync(join(root, 'c8.argv'), 'utf8')) as string[];
    expect(c8).toContain(`--report-dir=${join(root, 'coverage', 'verify')}`);
    expect(c8.slice(-4)).toEqual([process.execPath, 'bin/fa-verify.js', 'verify', '--json']);
    expect(c.suite.figures.lines).toMatchObject({ covered: 3, total: 4 });
    expect(c.verify.figures.lines).toMatchObject({ covered: 3, total: 4 });
    expect(c.merged.lines).toMatchObject({ covered: 4, total: 4 });
    expect(c.pass).toBe(true);
    expect(progress.join('')).toContain('audit: fa-verify verify under c8');
  });

  it('fails when the merged lines stay below the threshold, naming the line', async () => {
    install([1, 1, 0, 1], [1, 1, 0, 1]);
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.pass).toBe(false);
    expect(c.check.failures).toEqual(['lines 75.00 % < 95 % (1 uncovered; src/a.ts:3)']);
  });

  it('fails when the test suite fails, even with full coverage, naming the failed tests', async () => {
    install([1, 1, 1, 1], [1, 1, 1, 1], { exit: 1, tests: oneFailed });
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.suite.exitCode).toBe(1);
    expect(c.check.failures).toEqual([
      'the test suite failed under coverage (exit 1), 1 failed: test/a.test.ts > a > when b > fails',
    ]);
    expect(c.pass).toBe(false);
  });

  it('names ten failed tests and counts the rest', async () => {
    const many = {
      testResults: Array.from({ length: 12 }, (_, i) => ({
        name: join(root, 'test', `t${i}.test.ts`),
        status: 'failed',
        message: 'Error: cannot import',
        assertionResults: [],
      })),
    };
    install([1, 1, 1, 1], [1, 1, 1, 1], { exit: 1, tests: many });
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.suite.failedTests).toEqual(
      many.testResults.map((_, i) => `test/t${i}.test.ts (Error: cannot import)`),
    );
    const [failure] = c.check.failures;
    expect(failure).toMatch(
      /^the test suite failed under coverage \(exit 1\), 12 failed: test\/t0\.test\.ts \(Error: cannot import\); /,
    );
    expect(failure).toContain(
      'test/t9.test.ts (Error: cannot import); and 2 more (every one in audit.json, codeCoverage.suite.failedTests)',
    );
    expect(failure).not.toContain('t10');
  });

  it('without a JSON report, or with no failed test in it, quotes the first error line of the output', async () => {
    const stderr = 'RUN v4\n\u001b[31m⎯⎯ Unhandled Rejection ⎯⎯\u001b[39m\nTypeError: x is not a function\n';
    install([1, 1, 1, 1], [1, 1, 1, 1], { exit: 1, stderr });
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.check.failures).toEqual([
      'the test suite failed under coverage (exit 1), no failed test reported: TypeError: x is not a function',
    ]);
    install([1, 1, 1, 1], [1, 1, 1, 1], { exit: 1, tests: { testResults: [] }, stderr: 'no tests ran\n' });
    expect((await runCodeCoverage(root, { lines: 95, branches: 90 })).check.failures).toEqual([
      'the test suite failed under coverage (exit 1), no failed test reported: no tests ran',
    ]);
  });

  it('says which signal ended a suite', async () => {
    install([1, 1, 1, 1], [1, 1, 1, 1], { stderr: 'RUN v4\n', signal: 'SIGTERM' });
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.suite.exitCode).toBe(-1);
    expect(c.check.failures).toEqual([
      'the test suite failed under coverage (exit -1, SIGTERM), no failed test reported: RUN v4',
    ]);
  });

  it('passes a suite that exited 0 whatever its JSON report says', async () => {
    install([1, 1, 1, 1], [1, 1, 1, 1], { exit: 0, tests: oneFailed });
    const c = await runCodeCoverage(root, { lines: 95, branches: 90 });
    expect(c.check.failures).toEqual([]);
    expect(c.pass).toBe(true);
  });

  it('throws, naming the file, when a tool wrote no report', async () => {
    install([1], [1]);
    writeFileSync(join(root, 'node_modules/c8/bin/c8.js'), 'process.exit(0);');
    await expect(runCodeCoverage(root, { lines: 95, branches: 90 })).rejects.toThrow('coverage-final.json');
    expect(existsSync(join(root, 'coverage', 'verify'))).toBe(false);
  });
});
