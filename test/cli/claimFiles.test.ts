import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';
import { userClaimFiles } from '../_support/userClaimFiles.js';

let dir = '';
beforeAll(() => {
  dir = userClaimFiles();
});

const ids = (stdout: string): string[] =>
  (JSON.parse(stdout) as Array<{ id?: string; claim?: string }>).map((r) => r.id ?? r.claim ?? '');

describe('--claims: a user claim file in place of the catalogue', () => {
  it('list shows the claims of the files given, file by file, default export first', async () => {
    const r = await runMain(
      'list',
      '--json',
      '--claims',
      join(dir, 'numbers.mjs'),
      '--claims',
      join(dir, 'other.mjs'),
    );
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['small-numbers', 'numbers-are-finite', 'square-targets']);
    const glob = await runMain('list', '--json', '--claims', join(dir, '{numbers,other}.mjs'));
    expect(ids(glob.stdout)).toEqual(['small-numbers', 'numbers-are-finite', 'square-targets']);
  });

  it('check finds, shrinks and stores a refutation of a user claim, and replay re-runs it', async () => {
    const fixtures = join(dir, 'fx');
    const claims = join(dir, 'numbers.mjs');
    const r = await runMain('check', 'small-numbers', '--claims', claims, '--fixtures', fixtures);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('small-numbers: refuted (expected refuted, as expected)');
    expect(r.stdout).toContain('counterexample: input 10, x 10');
    expect(r.stderr).toMatch(
      new RegExp(`^replay: fa-verify check small-numbers --replay [\\w-]+ --claims ${claims}$`, 'm'),
    );
    expect(readdirSync(join(fixtures, 'small-numbers'))).toHaveLength(1);
    const replay = await runMain('replay', fixtures, '--json', '--claims', claims);
    expect(replay.code).toBe(0);
    expect((JSON.parse(replay.stdout) as Array<{ status: string }>).map((x) => x.status)).toEqual([
      'still-refutes',
    ]);
    const blob = /--replay ([\w-]+)/.exec(r.stderr)?.[1] ?? '';
    const again = await runMain('check', 'small-numbers', '--claims', claims, '--replay', blob, '--json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { counterexample: { x: number } }).counterexample.x).toBe(10);
    const withoutClaims = await runMain('replay', fixtures);
    expect(withoutClaims.code).toBe(2);
    expect(withoutClaims.stderr).toContain("unknown claim 'small-numbers'");
  });

  it('verify runs the user claims, the same on one thread and two; --only and --exclude select', async () => {
    const base = [
      'verify',
      '--claims',
      join(dir, '*.mjs'),
      '--exclude',
      'square-targets',
      '--no-fixtures',
      '--json',
    ];
    // none.mjs exports no claim: a glob over it is refused (below); name the files instead
    const files = ['--claims', join(dir, 'numbers.mjs'), '--claims', join(dir, 'other.mjs')];
    const one = await runMain(
      'verify',
      ...files,
      '--workers',
      '1',
      '--no-fixtures',
      '--json',
      '--runs',
      '50',
    );
    const two = await runMain(
      'verify',
      ...files,
      '--workers',
      '2',
      '--no-fixtures',
      '--json',
      '--runs',
      '50',
    );
    expect([one.code, two.code]).toEqual([0, 0]);
    const strip = (s: string) =>
      (JSON.parse(s) as Array<Record<string, unknown>>).map(({ seconds: _s, ...rest }) => rest);
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    expect(ids(one.stdout)).toEqual(['small-numbers', 'numbers-are-finite', 'square-targets']);
    const only = await runMain('verify', ...files, '--only', 'square-targets', '--no-fixtures', '--json');
    expect(ids(only.stdout)).toEqual(['square-targets']);
    const excluded = await runMain(
      'verify',
      ...files,
      '--exclude',
      'square-targets',
      '--exclude',
      'small-numbers',
      '--no-fixtures',
      '--json',
    );
    expect(ids(excluded.stdout)).toEqual(['numbers-are-finite']);
    const globbed = await runMain(...base);
    expect(globbed.code).toBe(2);
    expect(globbed.stderr).toContain('none.mjs');
  });

  it('report runs the user claims beside the plots', async () => {
    const out = join(dir, 'report');
    const r = await runMain(
      'report',
      '--claims',
      join(dir, 'numbers.mjs'),
      '--draws',
      '2',
      '--runs',
      '10',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 of 2 claims as expected');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('small-numbers');
    expect(html).toContain('numbers-are-finite');
    expect(html).not.toContain('gd-reaches-optimum');
  });

  it('replay with no path replays ./fixtures (without a config file)', async () => {
    const r = await runMain('replay', '--json');
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((x) => x.file);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.startsWith('fixtures/')).toBe(true);
  });

  it('--only of the catalogue', async () => {
    const r = await runMain(
      'verify',
      '--only',
      'fa-limit-closed-form',
      '--runs',
      '3',
      '--no-fixtures',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['fa-limit-closed-form']);
  });

  it.each([
    [
      'a file that does not exist',
      ['list', '--claims', 'absent-claims.mjs'],
      "--claims 'absent-claims.mjs': no such file",
    ],
    [
      'a glob that matches nothing',
      ['list', '--claims', 'nowhere/*.mjs'],
      "--claims 'nowhere/*.mjs': no file matches",
    ],
    ['a file with no claim', ['list', '--claims', '{dir}/none.mjs'], "none.mjs': exports no claim"],
    [
      'a file that throws on import',
      ['list', '--claims', '{dir}/throws.mjs'],
      "throws.mjs': cannot be imported (boom at import)",
    ],
    [
      'an id taken twice',
      ['list', '--claims', '{dir}/numbers.mjs', '--claims', '{dir}/again.mjs'],
      "claim id 'small-numbers' is already taken by",
    ],
    [
      'an unknown id for check',
      ['check', 'nope', '--claims', '{dir}/numbers.mjs'],
      "unknown claim id 'nope'; known ids: small-numbers, numbers-are-finite",
    ],
    [
      'an unknown id for --only',
      ['verify', '--only', 'nope'],
      "--only 'nope': unknown claim id; known ids: gd-reaches-optimum",
    ],
    [
      'an unknown id for --exclude',
      ['verify', '--claims', '{dir}/other.mjs', '--exclude', 'x'],
      "--exclude 'x': unknown claim id; known ids: square-targets",
    ],
    [
      'a selection of nothing',
      ['verify', '--claims', '{dir}/other.mjs', '--exclude', 'square-targets'],
      '--exclude: leaves no claim to run',
    ],
  ])('%s: exit 2, one line naming it', async (_label, argv, message) => {
    const r = await runMain(...argv.map((a) => a.replace('{dir}', dir)));
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, _label);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});
