import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../_support/runMain.js';

describe('fa-verify check stores refutations; fa-verify replay re-runs them', () => {
  it('check writes one fixture per refutation (the same file twice), replay says it stands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-fx-'));
    const args = ['check', 'fa-converges-for-any-step-size', '--seed', '7', '--fixtures', dir];
    const first = await runMain(...args);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^stored: .*fa-converges-for-any-step-size\/[0-9a-f]{12}\.json$/m);
    expect(first.stderr).toMatch(/^replay: fa-verify check fa-converges-for-any-step-size --replay [\w-]+$/m);
    expect(first.stderr).toMatch(/^ {3}or: fa-verify check fa-converges-for-any-step-size --seed 7 /m);
    const second = await runMain(...args);
    expect(second.stderr).toMatch(/^already stored: .*fa-converges-for-any-step-size\/[0-9a-f]{12}\.json$/m);
    expect(readdirSync(join(dir, 'fa-converges-for-any-step-size'))).toHaveLength(1);
    const replay = await runMain('replay', dir, '--json');
    expect(replay.code).toBe(0);
    const results = JSON.parse(replay.stdout) as Array<{ status: string; ok: boolean }>;
    expect(results.map((r) => r.status)).toEqual(['still-refutes']);
  });

  it('--no-fixtures stores nothing; a claim that holds stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-nofx-'));
    await runMain('check', 'fa-converges-for-any-step-size', '--fixtures', dir, '--no-fixtures');
    expect(readdirSync(dir)).toEqual([]);
    const holds = await runMain('check', 'fa-limit-closed-form', '--runs', '5', '--fixtures', dir);
    expect(holds.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replay reports a corrupt file on one line, goes on with the rest, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-bad-'));
    writeFileSync(join(dir, 'bad.json'), '{"format":');
    const r = await runMain('replay', dir, 'fixtures');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad.json: not valid JSON');
    expect(r.stdout).toMatch(/(\d+) of \1 fixtures stand; 1 unusable/);
  });
});
