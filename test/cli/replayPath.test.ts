import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { replayPathFails } from '../../src/cli/checkReplayPath.js';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// `check --path`: the path must be fast-check's format (checked when the options are parsed), and it
// must lead, with this seed and side bound, to an input on which this claim fails; fast-check itself
// would otherwise run some other case (the later siblings of the input at the path) without a word.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claimById = (id: string) => catalogue.find((c) => c.id === id) as (typeof catalogue)[number];

describe('check --path: the format', () => {
  it.each(['garbage', '1:x', '1::2', '-3', '0.5'])(
    '--path %j: exit 2, one line naming --path and the value',
    async (path) => {
      const res = await runMain('check', 'gd-reaches-optimum', '--path', path);
      expect(res.code).toBe(2);
      expectOneLine(res.stderr, path);
      expect(res.stderr).toContain('--path');
      expect(res.stderr).toContain(`'${path}'`);
      expect(res.stderr).not.toContain('internal error');
      expect(res.stdout).toBe('');
    },
  );
});

describe('check --path: the path against the claim', () => {
  it.each([
    ['9:9:9', 'gd-reaches-optimum'], // fast-check ran 6088 other cases and said "holds"
    ['0', 'gd-reaches-optimum'], // the first case, which passes
    ['0:999999', 'fa-limit-closed-form'], // beyond the end of the first case's shrink stream: no case at all
    ['3:5000:0', 'fa-limit-closed-form'], // leaves the shrink tree midway (fast-check throws)
  ])('--path %s on %s: one line naming the path, the claim, seed and max size; exit 2', async (path, id) => {
    const started = performance.now();
    const res = await runMain('check', id, '--path', path, '--seed', '7', '--max-size', '8', '--no-fixtures');
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toBe(
      `fa-verify: --path ${path} does not replay a counterexample of ${id} with --seed 7 --max-size 8\n`,
    );
    expect(res.stdout).toBe('');
    expect(performance.now() - started).toBeLessThan(5000); // one evaluation, not a run of the siblings
  });

  it('the path a refutation printed replays it (exit 0), with the same seed and max size only', async () => {
    const id = 'fa-reaches-optimum-for-every-r';
    const fresh = await runMain('check', id, '--seed', '7', '--fixtures', join(dir, 'fx'));
    expect(fresh.code, fresh.stderr).toBe(0);
    const m = /or: fa-verify check \S+ --seed 7 --max-size (\d+) --path (\S+)$/m.exec(fresh.stderr);
    expect(m, fresh.stderr).not.toBeNull();
    const [, maxSize, path] = m as RegExpExecArray;
    const replay = await runMain('check', id, '--seed', '7', '--max-size', maxSize, '--path', path, '--json');
    expect(replay.code, replay.stderr).toBe(0);
    expect((JSON.parse(replay.stdout) as { outcome: string }).outcome).toBe('refuted');
    // the same path under another seed is another case, which passes: refused, not run
    const other = await runMain('check', id, '--seed', '8', '--max-size', maxSize, '--path', path);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `does not replay a counterexample of ${id} with --seed 8 --max-size ${maxSize}`,
    );
    expect(readdirSync(join(dir, 'fx', id))).toHaveLength(1); // replays store nothing
  });

  const blob = (record: object): string => Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');

  it.each([
    ['a seed beyond 32 bits', { seed: 99999999999, path: '0', maxSize: 8 }, 'seed 99999999999 is outside'],
    ['a side bound beyond 256', { seed: 7, path: '0', maxSize: 1000 }, 'side bound 1000 is outside 1..256'],
    [
      'a path to a passing case',
      { seed: 7, path: '0', maxSize: 8 },
      'does not replay a counterexample of gd-reaches-optimum with --seed 7 --max-size 8',
    ],
  ])('--replay with %s: exit 2, one line naming --replay', async (_, record, reason) => {
    const b = blob(record);
    const res = await runMain('check', 'gd-reaches-optimum', '--replay', b, '--no-fixtures');
    expect(res.code, res.stderr).toBe(2);
    expectOneLine(res.stderr, reason);
    expect(res.stderr).toContain(`--replay ${b}`);
    expect(res.stderr).toContain(reason);
    expect(res.stdout).toBe('');
  });

  it('replayPathFails: true exactly at a failing input', () => {
    const claim = claimById('fa-converges-for-any-step-size');
    expect(replayPathFails(claim, { seed: 7, maxSize: 1, path: '0' })).toBe(true);
    expect(replayPathFails(claimById('fa-limit-closed-form'), { seed: 7, maxSize: 8, path: '0' })).toBe(
      false,
    );
    expect(replayPathFails(claim, { seed: 7, maxSize: 1, path: '0:999999:0' })).toBe(false);
  });
});
