import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { CliError } from '../../src/cli/CliError.js';
import { mergeCommand } from '../../src/cli/mergeCommand.js';
import { verifyCommand, type VerifyCommandOptions } from '../../src/cli/verifyCommand.js';

// `verify --shard K/N --jsonl FILE` runs every N-th block and writes the blocks' own results; it
// judges nothing (exit 0 unless a block erred), and `merge` judges the shards together.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE: VerifyCommandOptions = { runs: 2, seed: 7, maxSize: 3, workers: 1, fixtures: false, blocks: 2 };

async function verify(o: Partial<VerifyCommandOptions>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await verifyCommand(
    { ...BASE, ...o },
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

/** The printed results without their wall times, the one field that differs between runs. */
const strip = (text: string): unknown[] =>
  (JSON.parse(text) as ClaimResult[]).map((r) => ({ ...r, seconds: 0 }));

describe('verify --shard', () => {
  it('needs --jsonl for its results, and says so before running anything', async () => {
    const shard = { index: 1, count: 2 };
    await expect(verify({ shard })).rejects.toThrow(CliError);
    await expect(verify({ shard })).rejects.toThrow(
      '--shard 1/2: needs --jsonl FILE for its results (fa-verify merge reads them)',
    );
  });

  it('writes its blocks, says how many of how many, and the shards merge into one verdict per claim', async () => {
    const first = join(dir, 'shard-1.jsonl');
    const second = join(dir, 'shard-2.jsonl');
    const units = catalogue.length * 2;
    const one = await verify({ shard: { index: 1, count: 2 }, jsonl: first });
    expect(one.code).toBe(0);
    expect(one.out).toBe(`shard 1/2: ${units / 2} of ${units} blocks (2 per claim), written to ${first}\n`);
    expect(one.err.match(new RegExp(`^\\[\\d+/${catalogue.length}\\] `, 'gm'))).toHaveLength(units / 2);
    const blocks = readFileSync(first, 'utf8').trimEnd().split('\n');
    expect(blocks).toHaveLength(units / 2);
    for (const line of blocks) expect((JSON.parse(line) as ClaimResult).block?.index).toBe(0);

    const two = await verify({ shard: { index: 2, count: 2 }, jsonl: second, json: true, timeBudget: 60 });
    expect(two.code).toBe(0);
    const printed = JSON.parse(two.out) as ClaimResult[];
    expect(printed.map((r) => r.block?.index)).toEqual(catalogue.map(() => 1));
    expect(printed.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));

    let merged = '';
    const code = mergeCommand([first, second], { json: true }, (s) => (merged += s));
    const whole = await verify({ json: true });
    expect(code).toBe(whole.code);
    expect(strip(merged)).toEqual(strip(whole.out));
  });

  it('without --workers runs on one thread per core and gives the same results', async () => {
    const jsonl = join(dir, 'default-workers.jsonl');
    const res = await verify({ shard: { index: 1, count: 2 }, jsonl, workers: undefined, json: true });
    expect(res.code).toBe(0);
    expect(existsSync(jsonl)).toBe(true);
    const serial = await verify({ shard: { index: 1, count: 2 }, jsonl, json: true });
    expect(strip(res.out)).toEqual(strip(serial.out));
  });
});
