import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in process, capturing stdout and stderr. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await main(argv), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

describe('fa-verify check stores refutations; fa-verify replay re-runs them', () => {
  it('check writes one fixture per refutation (the same file twice), replay says it stands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-fx-'));
    const args = ['check', 'fa-converges-for-any-step-size', '--seed', '7', '--fixtures', dir];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/^stored: .*fa-converges-for-any-step-size\/[0-9a-f]{12}\.json$/m);
    expect(first.err).toMatch(/^replay: fa-verify check fa-converges-for-any-step-size --seed 7 /m);
    await run(args);
    expect(readdirSync(join(dir, 'fa-converges-for-any-step-size'))).toHaveLength(1);
    const replay = await run(['replay', dir, '--json']);
    expect(replay.code).toBe(0);
    const results = JSON.parse(replay.out) as Array<{ status: string; ok: boolean }>;
    expect(results.map((r) => r.status)).toEqual(['still-refutes']);
  });

  it('--no-fixtures stores nothing; a claim that holds stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-nofx-'));
    await run(['check', 'fa-converges-for-any-step-size', '--fixtures', dir, '--no-fixtures']);
    expect(readdirSync(dir)).toEqual([]);
    const holds = await run(['check', 'fa-limit-closed-form', '--runs', '5', '--fixtures', dir]);
    expect(holds.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replay reports a corrupt file on one line, goes on with the rest, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-cli-bad-'));
    writeFileSync(join(dir, 'bad.json'), '{"format":');
    const r = await run(['replay', dir, 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('bad.json: not valid JSON');
    expect(r.out).toMatch(/(\d+) of \1 fixtures stand; 1 unusable/);
  });
});
