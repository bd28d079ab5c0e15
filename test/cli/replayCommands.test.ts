import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { compressReplayPath } from '../../src/claim/replayCommand.js';
import { listFixtureFiles } from '../../src/fixtures/listFixtureFiles.js';
import { readFixture } from '../../src/fixtures/readFixture.js';
import { counterexamplesHtml } from '../../src/report/counterexamplesHtml.js';
import { runMain } from '../_support/runMain.js';

/**
 * One source for every replay command: for each claim expected to be refuted and seeds 1, 2 and 7, the
 * commands `check` prints on stderr (short and long form), the ones in the report's counterexample
 * section and the one stored in the fixture all replay to the same verdict and the same input; and
 * running them writes nothing (the store stays byte-identical).
 */
const refuted = catalogue.filter((c) => c.expected === 'refuted' && c.kind !== 'probability');
const SEEDS = [1, 2, 7];
/** Cases per run: every refuted claim fails within its first few cases. */
const RUNS = '20';

/** Every file of a store with its bytes. */
const snapshot = (dir: string): Map<string, string> =>
  new Map(listFixtureFiles([dir]).map((f) => [f, readFileSync(f, 'latin1')]));

const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The result of a command as printed (`fa-verify check ...`), run in process with --json into `store`. */
async function runPrinted(command: string, store: string): Promise<{ code: number; result: ClaimResult }> {
  const argv = command.split(' ');
  expect(argv.slice(0, 2)).toEqual(['fa-verify', 'check']);
  // A search's long form reruns it with --no-fixtures, which the store option would override.
  const store_ = argv.includes('--no-fixtures') ? [] : ['--fixtures', store];
  const run = await runMain(...argv.slice(1), '--json', ...store_);
  expect(run.stderr, command).not.toMatch(/stored:/); // a replay never writes
  return { code: run.code, result: JSON.parse(run.stdout) as ClaimResult };
}

describe('replay commands come from one record and replay alike', () => {
  it.each(refuted.map((c) => [c.id] as const))('%s, seeds 1, 2 and 7', async (id) => {
    const store = mkdtempSync(join(tmpdir(), 'fa-verify-replays-'));
    cpSync('fixtures', store, { recursive: true });
    for (const seed of SEEDS) {
      const fresh = mkdtempSync(join(tmpdir(), 'fa-verify-fresh-'));
      const claim = catalogue.find((c) => c.id === id);
      const run = await runMain(
        'check',
        id,
        '--seed',
        String(seed),
        '--runs',
        claim?.target === undefined ? RUNS : '100', // a search's evaluations a rung
        '--json',
        '--fixtures',
        fresh,
      );
      expect(run.code, run.stderr).toBe(0);
      const found = JSON.parse(run.stdout) as ClaimResult;
      expect(found.outcome).toBe('refuted');
      // check's stderr: the short form, then the long one
      const printed = [...run.stderr.matchAll(/^(?:replay| {3}or): (fa-verify check .*)$/gm)].map(
        (m) => m[1],
      );
      expect(printed).toHaveLength(2);
      expect(printed[0]).toMatch(new RegExp(`^fa-verify check ${id} --replay [A-Za-z0-9_-]+$`));
      // (a targeted search has no path: its seed and side bound rerun it)
      const path = found.replay?.path ?? '';
      expect(printed[1]).toBe(
        `fa-verify check ${id} --seed ${seed} --max-size ${found.replay?.maxSize}${path === '' ? ' --no-fixtures' : ` --path ${compressReplayPath(path)}`}`,
      );
      // the report's counterexample section, for the same result
      const html = counterexamplesHtml([found], []);
      const section = /<pre class="replay">([^<]*)<\/pre>/.exec(html)?.[1] ?? '';
      const inReport = unescapeHtml(section).split('\n');
      // the fixture's
      const storedAt = /^stored: (.*)$/m.exec(run.stderr)?.[1] ?? '';
      const inFixture = readFixture(storedAt).replayCommand;
      expect(inReport).toEqual(printed);
      expect(inFixture).toBe(printed[0]);

      const before = snapshot(store);
      const replays = new Map<string, Awaited<ReturnType<typeof runPrinted>>>();
      for (const command of [...printed, ...inReport, inFixture]) {
        if (!replays.has(command)) replays.set(command, await runPrinted(command, store));
      }
      expect(replays.size).toBe(2); // short and long, as printed everywhere
      for (const [command, again] of replays) {
        expect({ code: again.code, outcome: again.result.outcome }, command).toEqual({
          code: 0,
          outcome: 'refuted',
        });
        expect(again.result.input, command).toEqual(found.input);
        expect(again.result.replay, command).toEqual(found.replay);
      }
      expect(snapshot(store)).toEqual(before);
    }
  });

  it('refuses a bad --replay blob in one line naming --replay (exit 2)', async () => {
    const claim = refuted[0].id;
    const good = Buffer.from(JSON.stringify({ seed: 1, path: '0*3', maxSize: 2 })).toString('base64url');
    const bad = [
      'not base64!',
      Buffer.from('{"seed": 1').toString('base64url'),
      Buffer.from(JSON.stringify({ seed: 1.5, path: '0', maxSize: 2 })).toString('base64url'),
      Buffer.from(JSON.stringify({ seed: 1, path: '0:x', maxSize: 2 })).toString('base64url'),
      Buffer.from(JSON.stringify({ seed: 1, path: '0', maxSize: 0 })).toString('base64url'),
      Buffer.from(JSON.stringify({ seed: 1, path: '0' })).toString('base64url'),
    ];
    for (const blob of bad) {
      const run = await runMain('check', claim, '--replay', blob, '--no-fixtures');
      expect({ code: run.code, stdout: run.stdout }, blob).toEqual({ code: 2, stdout: '' });
      expect(run.stderr, blob).toMatch(/^fa-verify: --replay: .+\n$/);
    }
    const both = await runMain('check', claim, '--replay', good, '--path', '0', '--no-fixtures');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^fa-verify: --replay: .+\n$/);
  });
});
