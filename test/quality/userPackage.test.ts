import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The guide docs/writing-claims.md, run as a new user would: a separate package in a temporary folder
// that depends on this (built) one, with the guide's files as they are written there (every code block
// marked `file=PATH`). Offline: the package's node_modules links to this repository and its installed
// typescript and vitest.

const ROOT = resolve('.');
const GUIDE = readFileSync(join(ROOT, 'docs', 'writing-claims.md'), 'utf8');
const ID = 'fa-within-twice-optimal';

/** The guide's files: each fenced block whose info string names `file=PATH`. */
function guideFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of GUIDE.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)) files.set(m[1], m[2]);
  return files;
}

/** The environment of a child process, without this vitest's own variables. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));

let dir = '';
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** Runs `node <script> ...args` in the user's folder. */
function run(script: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tsc = () => run(join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.');
const faVerify = (...args: string[]) =>
  run(join('node_modules', 'fa-verify', 'bin', 'fa-verify.js'), ...args);

describe('docs/writing-claims.md, from an empty folder to a replayed counterexample', () => {
  it('type-checks the claim with --strict, refutes it through --claims, stores and replays the fixture', () => {
    const files = guideFiles();
    expect([...files.keys()].sort()).toEqual([
      'fa-verify.config.mjs',
      'src/claims.ts',
      'src/kinds.ts',
      'test/claims.test.ts',
      'tsconfig.json',
    ]);
    dir = mkdtempSync(join(tmpdir(), 'fa-verify-user-package-'));
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'my-claims', private: true, type: 'module' })}\n`,
    );
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'fa-verify'), 'dir');
    symlinkSync(join(ROOT, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'), 'dir');
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(JSON.parse(files.get('tsconfig.json') ?? '{}').compilerOptions.strict).toBe(true);

    // 2. the claim type-checks under strict and compiles to build/claims.js
    const compiled = tsc();
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(existsSync(join(dir, 'build', 'claims.js'))).toBe(true);

    // the TypeScript source itself: refused, saying what to do, where Node cannot strip types (Node 20)
    const typescript = faVerify('list', '--claims', 'src/claims.ts');
    const stripsTypes = (process.features as { typescript?: unknown }).typescript !== undefined;
    const refusal =
      /^fa-verify: --claims '.*claims\.ts': cannot be imported \(.*\); compile TypeScript first \(tsc\) and name the \.js file\n$/;
    expect({
      code: typescript.code,
      refused: refusal.test(typescript.stderr),
      listed: typescript.stdout.includes(ID),
    }).toEqual(
      stripsTypes ? { code: 0, refused: false, listed: true } : { code: 2, refused: true, listed: false },
    );

    // 3, 4. the config file names the claims: list shows it; check refutes it and stores the fixture here
    const list = faVerify('list');
    expect(list.stdout).toContain(`${ID}`);
    expect(list.stdout).not.toContain('gd-reaches-optimum');
    const check = faVerify('check', ID, '--stats');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${ID}: refuted (expected holds, NOT AS EXPECTED)`);
    expect(check.stdout).toMatch(/counterexample: 2 x 2, rank\(Y\) 2, r 1, violation /);
    expect(check.stdout).toMatch(/shrink trajectory \(\d+ steps\): 8x8 /);
    expect(check.stderr).toMatch(new RegExp(`^replay: fa-verify check ${ID} --replay [\\w-]+$`, 'm'));
    const stored =
      /^stored: (fixtures\/fa-within-twice-optimal\/[0-9a-f]{12}\.json)$/m.exec(check.stderr)?.[1] ?? '';
    expect(stored).not.toBe('');
    expect(readdirSync(join(dir, 'fixtures', ID))).toEqual([stored.split('/')[2]]);
    // the same command through --claims, no config file needed: same counterexample, already stored
    const viaFlag = faVerify('check', ID, '--claims', 'build/claims.js', '--fixtures', 'fixtures', '--json');
    expect(viaFlag.stderr).toContain(`already stored: ${stored}`);

    // 5. the fixture replays: it still fails the claim as stated
    const replay = faVerify('replay', 'fixtures');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain(`FAIL still-fails       ${ID}  ${stored}`);

    // 6. in a test runner: the test fails with the replay command
    const test = run(join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', '.');
    expect(test.code).toBe(1);
    expect(test.stdout + test.stderr).toMatch(new RegExp(`replay: fa-verify check ${ID} --replay [\\w-]+`));

    // 5. recorded as a finding (expected: 'refuted', as the guide says): check and replay stand, exit 0
    const source = readFileSync(join(dir, 'src', 'claims.ts'), 'utf8');
    expect(source).toContain("expected: 'holds'");
    writeFileSync(join(dir, 'src', 'claims.ts'), source.replace("expected: 'holds'", "expected: 'refuted'"));
    expect(tsc().code).toBe(0);
    const recorded = faVerify('check', ID);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain(`${ID}: refuted (expected refuted, as expected)`);
    const stands = faVerify('replay'); // the config file's fixture folder
    expect(stands.code).toBe(0);
    expect(stands.stdout).toContain(`ok   still-refutes     ${ID}  ${stored}`);

    // 7. the existence and the high-probability claim of the guide, through --claims
    const kinds = ['--claims', 'build/kinds.js', '--no-fixtures'];
    const witnessed = faVerify('check', 'fa-fifty-times-worse', ...kinds);
    expect({ code: witnessed.code, stderr: witnessed.stderr.split('\n')[0] }).toMatchObject({ code: 0 });
    expect(witnessed.stdout).toContain('fa-fifty-times-worse: witnessed (expected witnessed, as expected)');
    expect(witnessed.stdout).toMatch(/search: \d+ evaluations over side bounds 2/);
    const probable = faVerify('check', 'fa-usually-worse', ...kinds);
    expect(probable.stdout).toContain('fa-usually-worse: holds (expected holds, as expected)');
    expect(probable.stdout).toMatch(/probability: the event held in \d+ of \d+ draws; Wilson interval/);
    expect(probable.code).toBe(0);
  });
});
