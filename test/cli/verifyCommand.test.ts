import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { runMain } from '../_support/runMain.js';
import { verifyCommand } from '../../src/cli/verifyCommand.js';
import { outcomeAsExpected } from '../../src/claim/Claim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';

/** Runs `main(argv)` with stdout and stderr captured. */

describe('verify --workers', () => {
  it.each(['0', '-1', 'abc', '1.5'])(
    'refuses --workers %s: exit 2, one line naming the value',
    async (value) => {
      const res = await runMain('verify', '--workers', value);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(value);
      expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );

  it('prints one progress line per claim on stderr and the table in catalogue order, with 2 workers', async () => {
    let stdout = '';
    let stderr = '';
    await verifyCommand(
      { runs: 2, seed: 7, maxSize: 3, workers: 2, fixtures: false },
      (s) => (stdout += s),
      (s) => (stderr += s),
    );
    const progress = stderr.split('\n').filter((line) => /^\[\d+\/\d+\] .* \(\d+\.\d\d s\)$/.test(line));
    expect(progress.map((line) => line.split(' ')[1].replace(/:$/, '')).sort()).toEqual(
      catalogue.map((c) => c.id).sort(),
    );
    expect(progress[progress.length - 1]).toMatch(
      new RegExp(`^\\[${catalogue.length}/${catalogue.length}\\]`),
    );
    const positions = catalogue.map((c) => stdout.indexOf(` ${c.id} `));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('verify outputs', () => {
  it('stores every refutation as a fixture and writes JSON Lines and JUnit files in catalogue order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-verify-'));
    let stdout = '';
    // Seed 5: what is tested holds for any seed, and at 10 cases on sides up to 4 this one stores more
    // than seed 7 (9 shrunk counterexamples and a witness, against 8 and none) in a quarter of its time (0.8 s
    // against 3.6 s, most of that one shrink of the open claim sign-reaches-optimum-when-r-ge-rank).
    const code = await verifyCommand(
      {
        runs: 10,
        seed: 5,
        maxSize: 4,
        workers: 1,
        fixtures: join(dir, 'fixtures'),
        jsonl: join(dir, 'out.jsonl'),
        junit: join(dir, 'out.xml'),
        json: true,
      },
      (s) => (stdout += s),
      () => undefined,
    );
    const results = JSON.parse(stdout) as Array<{ claim: string; outcome: string; expected: string }>;
    expect(code).toBe(results.every((r) => outcomeAsExpected(r as ClaimResult)) ? 0 : 1);
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { claim: string }).claim)).toEqual(catalogue.map((c) => c.id));
    const xml = readFileSync(join(dir, 'out.xml'), 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(catalogue.length);
    // Every counterexample and witness is stored (a probability claim is refuted by its interval: none).
    const refutedIds = results
      .filter((r) => (r.outcome === 'refuted' || r.outcome === 'witnessed') && 'counterexample' in r)
      .map((r) => r.claim);
    expect(readdirSync(join(dir, 'fixtures')).sort()).toEqual([...refutedIds].sort());
  });
});
