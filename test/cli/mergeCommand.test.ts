import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { CliError } from '../../src/cli/CliError.js';
import { mergeCommand } from '../../src/cli/mergeCommand.js';
import { toJsonLines } from '../../src/report/toJsonLines.js';
import { expectOneLine } from '../_support/cliOutput.js';
import { runMain } from '../_support/runMain.js';

// `fa-verify merge` on synthetic shard files: one block result per claim and block, as
// `verify --shard K/N --jsonl FILE` writes them, with every claim of the catalogue present.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Block `index` of 2 of every claim, each as expected, but for the outcomes in `outcomes` (by claim id). */
function shard(
  index: number,
  outcomes: Readonly<Record<string, ClaimResult['outcome']>> = {},
): ClaimResult[] {
  return catalogue.map((c) => ({
    claim: c.id,
    expected: c.expected,
    outcome: outcomes[c.id] ?? c.expected,
    runs: 3,
    seed: 1000 + index,
    seconds: 0.25,
    stats: {},
    block: { index, count: 2, seed: 7, runs: 6 },
  }));
}

let files = 0;
/** Writes `text` to a new file in the test directory and returns its path. */
function file(text: string): string {
  const path = join(dir, `shard-${files++}.jsonl`);
  writeFileSync(path, text);
  return path;
}

/** Runs mergeCommand and returns its exit code and what it printed (a refusal throws). */
function merge(
  paths: readonly string[],
  o: Parameters<typeof mergeCommand>[1] = {},
): { code: number; out: string } {
  let out = '';
  const code = mergeCommand(paths, o, (s) => (out += s));
  return { code, out };
}

const refusal = (paths: readonly string[]): string => {
  try {
    merge(paths);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  return 'accepted';
};

describe('mergeCommand', () => {
  it('merges two shards into one verdict table, exit 0 when every claim is as expected', () => {
    const { code, out } = merge([file(toJsonLines(shard(0))), file(toJsonLines(shard(1)))]);
    expect(code).toBe(0);
    for (const c of catalogue) expect(out).toContain(c.id);
  });

  it('prints JSON with --json, the runs and seconds of the blocks added up, and writes --jsonl and --junit', () => {
    const jsonl = join(dir, 'merged.jsonl');
    const junit = join(dir, 'merged.xml');
    const { code, out } = merge([file(toJsonLines(shard(1))), file(toJsonLines(shard(0)))], {
      json: true,
      jsonl,
      junit,
    });
    expect(code).toBe(0);
    const results = JSON.parse(out) as ClaimResult[];
    expect(results.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    for (const r of results) {
      expect(r.runs).toBe(6);
      expect(r.seed).toBe(7);
      expect(r.seconds).toBeCloseTo(0.5, 12);
      expect(r.block).toBeUndefined();
    }
    expect(readFileSync(jsonl, 'utf8').trimEnd().split('\n')).toHaveLength(catalogue.length);
    expect(readFileSync(junit, 'utf8').match(/<testcase /g)).toHaveLength(catalogue.length);
  });

  it('exits 1 when a merged verdict is not the expected one, and 3 when a block erred', () => {
    const holds = catalogue.find((c) => c.expected === 'holds');
    expect(holds).toBeDefined();
    const id = (holds as (typeof catalogue)[number]).id;
    const refuted = merge([file(toJsonLines(shard(0, { [id]: 'refuted' }))), file(toJsonLines(shard(1)))]);
    expect(refuted.code).toBe(1);
    const erred = merge([file(toJsonLines(shard(0))), file(toJsonLines(shard(1, { [id]: 'error' })))]);
    expect(erred.code).toBe(3);
  });

  it('reads seconds written as null (a non-finite number) as 0, and skips blank lines', () => {
    const nullSeconds = toJsonLines(shard(0)).replace(/"seconds":0\.25/g, '"seconds":null');
    expect(nullSeconds).toContain('"seconds":null');
    const { out } = merge([file(`\n${nullSeconds}\n\n`), file(toJsonLines(shard(1)))], { json: true });
    for (const r of JSON.parse(out) as ClaimResult[]) expect(r.seconds).toBeCloseTo(0.25, 12);
  });

  it.each<[string, string, RegExp]>([
    ['a line that is not JSON', '{"claim": "x"', /:1: not valid JSON$/],
    ['a JSON null', 'null', /:1: not a block result of verify --shard$/],
    ['a JSON number', '42', /:1: not a block result of verify --shard$/],
    ['a result without its outcome', '{"claim":"x","runs":1,"block":{}}', /:1: not a block result/],
    ['a result without its claim', '{"outcome":"holds","runs":1,"block":{}}', /:1: not a block result/],
    ['a result without its runs', '{"claim":"x","outcome":"holds","block":{}}', /:1: not a block result/],
    ['a result without its block', '{"claim":"x","outcome":"holds","runs":1}', /:1: not a block result/],
  ])('refuses %s, naming the file and the line', (_label, text, reason) => {
    const path = file(text);
    const message = refusal([path]);
    expect(message.startsWith(`${path}:`)).toBe(true);
    expect(message).toMatch(reason);
  });

  it('names the line of a bad result after good ones', () => {
    const path = file(`${toJsonLines(shard(0).slice(0, 2))}[1, 2]\n`);
    expect(refusal([path])).toBe(`${path}:3: not a block result of verify --shard`);
  });

  it('refuses a file it cannot read, with the reason', () => {
    const missing = join(dir, 'no-such-shard.jsonl');
    expect(refusal([missing])).toBe(`${missing}: cannot read file (ENOENT)`);
    expect(refusal([dir])).toBe(`${dir}: cannot read file (EISDIR)`);
  });

  it('refuses an incomplete set of shards as a merge error', () => {
    expect(refusal([file(toJsonLines(shard(0)))])).toMatch(/^merge: .*a shard is missing or given twice$/);
    expect(refusal([file('')])).toBe('merge: no results to merge');
  });

  it('rethrows what is not a merge error', () => {
    const bad = toJsonLines(shard(0)).replace('"stats":{}', '"stats":null');
    expect(() => merge([file(bad), file(toJsonLines(shard(1)))])).toThrow(TypeError);
  });

  it('on the command line: a missing shard is one line, exit 2, and nothing on stdout', async () => {
    const res = await runMain('merge', file(toJsonLines(shard(1))));
    expect(res.code).toBe(2);
    expectOneLine(res.stderr, 'merge');
    expect(res.stderr).toMatch(/^fa-verify: merge: /);
    expect(res.stdout).toBe('');
  });
});
