import { describe, expect, it } from 'vitest';
import { blockSeed, catalogueUnits, shardOf } from '../../src/runner/catalogueUnits.js';
import { outcomeAsExpected } from '../../src/claim/Claim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { mergeShards, ShardMergeError } from '../../src/runner/mergeShards.js';
import { runCatalogue } from '../../src/runner/runCatalogue.js';
import { catalogue } from '../../properties/catalogue.js';

const ids = catalogue.map((c) => c.id);
const withoutSeconds = (rs: readonly ClaimResult[]): unknown[] => rs.map(({ seconds: _s, ...rest }) => rest);

describe('seed blocks and shards', () => {
  it('one block is the unblocked run: block 0 keeps the seed, others spread over 32 bits', () => {
    expect(blockSeed(7, 0)).toBe(7);
    const seeds = [1, 2, 3].map((b) => blockSeed(7, b));
    expect(new Set(seeds).size).toBe(3);
    for (const s of seeds) expect(Number.isInteger(s) && s >= -(2 ** 31) && s < 2 ** 31).toBe(true);
    expect(catalogueUnits(2, { runs: 10, seed: 7, blocks: 1 })).toEqual([
      { claim: 0, block: 0, blocks: 1, runs: 10, seed: 7 },
      { claim: 1, block: 0, blocks: 1, runs: 10, seed: 7 },
    ]);
    expect(catalogueUnits(1, { runs: 10, seed: 7, blocks: 3 }).map((u) => u.runs)).toEqual([4, 3, 3]);
  });

  it('shards are disjoint, cover every unit, and differ in size by at most one', () => {
    const units = catalogueUnits(13, { runs: 100, seed: 7, blocks: 3 });
    for (const n of [1, 2, 5, 39, 40]) {
      const shards = Array.from({ length: n }, (_x, k) => shardOf(units, k + 1, n));
      expect(shards.flat().length).toBe(units.length);
      expect(new Set(shards.flat()).size).toBe(units.length);
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('N shards merged give the verdicts, run counts and regime counts of one unsharded run', async () => {
    // Searches and sequences of draws need their own budgets (three blocks share them) and sides.
    const own: Record<string, { runs: number; maxSize?: number }> = {
      'fa-far-from-optimal': { runs: 900 },
      'gd-fa-almost-orthogonal-at-equal-loss': { runs: 300 },
      'equal-loss-implies-same-representation': { runs: 300 },
      'fa-typically-far-from-optimal': { runs: 192, maxSize: 32 },
      'fa-typically-far-at-rank-one': { runs: 48 },
    };
    const o = {
      claims: catalogue,
      runs: 12,
      seed: 5,
      maxSize: 4,
      blocks: 3,
      workers: 1,
      claimSettings: catalogue.map((c) => own[c.id]),
    };
    const whole = await runCatalogue(o);
    for (const count of [2, 3]) {
      const shards: ClaimResult[] = [];
      for (let index = 1; index <= count; index++)
        shards.push(...(await runCatalogue({ ...o, shard: { index, count } })));
      const merged = mergeShards(shards, ids);
      expect(withoutSeconds(merged)).toEqual(withoutSeconds(whole));
    }
    // every claim as expected (an open claim's finding, whichever it is, counts: outcomeAsExpected)
    expect(whole.every(outcomeAsExpected)).toBe(true);
    expect(whole.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
  });

  it('refuses a missing shard, a shard given twice and blocks of another run, naming the claim', async () => {
    const o = { claims: catalogue, runs: 4, seed: 5, maxSize: 3, blocks: 2, workers: 1 };
    const first = await runCatalogue({ ...o, shard: { index: 1, count: 2 } });
    const second = await runCatalogue({ ...o, shard: { index: 2, count: 2 } });
    expect(() => mergeShards(first, ids)).toThrow(ShardMergeError);
    expect(() => mergeShards([...first, ...second, ...second], ids)).toThrow(/missing or given twice/);
    const other = second.map((r) => ({
      ...r,
      block: { ...(r.block as NonNullable<ClaimResult['block']>), seed: 6 },
    }));
    expect(() => mergeShards([...first, ...other], ids)).toThrow(/another run/);
  });
});
