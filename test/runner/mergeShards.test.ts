import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { mergeBlockResults } from '../../src/runner/mergeBlockResults.js';
import { mergeShards, ShardMergeError } from '../../src/runner/mergeShards.js';

/** A synthetic block result of claim `claim`: block `index` of `count`, of a run with seed 5 and 10 cases. */
function block(claim: string, index: number, count = 2, extra: Partial<ClaimResult> = {}): ClaimResult {
  return {
    claim,
    expected: 'holds',
    outcome: 'holds',
    runs: 5,
    seed: 100 + index,
    seconds: 0.5,
    stats: { small: 2, large: 3 },
    block: { index, count, seed: 5, runs: 10 },
    ...extra,
  };
}

describe('mergeShards (synthetic blocks)', () => {
  it('puts blocks given in any order together per claim, in the order of the claim ids', () => {
    const merged = mergeShards([block('b', 1), block('a', 1), block('b', 0), block('a', 0)], ['a', 'b']);
    expect(merged.map((r) => r.claim)).toEqual(['a', 'b']);
    for (const r of merged) {
      expect(r.runs).toBe(10);
      expect(r.seed).toBe(5);
      expect(r.stats).toEqual({ small: 4, large: 6 });
      expect(r.block).toBeUndefined();
    }
  });

  it('refuses a result without a block, naming its claim', () => {
    const plain: ClaimResult = { ...block('a', 0), block: undefined };
    expect(() => mergeShards([plain], ['a'])).toThrow(ShardMergeError);
    expect(() => mergeShards([plain], ['a'])).toThrow(
      'a: a result without a block (not from verify --shard)',
    );
  });

  it('refuses a claim the catalogue does not have', () => {
    expect(() => mergeShards([block('zzz', 0)], ['a'])).toThrow("unknown claim 'zzz'");
  });

  it('refuses an empty set of results', () => {
    expect(() => mergeShards([], ['a'])).toThrow('no results to merge');
  });

  it('refuses a claim with no block at all, and one with a block missing', () => {
    expect(() => mergeShards([block('a', 0), block('a', 1)], ['a', 'b'])).toThrow(
      'b: blocks [] of 2: a shard is missing or given twice',
    );
    expect(() => mergeShards([block('a', 1)], ['a'])).toThrow(
      'a: blocks [1] of 2: a shard is missing or given twice',
    );
  });

  it('expects no more blocks than cases: blocks without cases never ran', () => {
    const few = (index: number): ClaimResult => ({
      ...block('a', index, 5),
      runs: 1,
      block: { index, count: 5, seed: 5, runs: 2 },
    });
    expect(mergeShards([few(0), few(1)], ['a'])[0].runs).toBe(2);
  });

  it("takes claims with case counts of their own (a profile's), one count within each claim", () => {
    const b4 = (index: number): ClaimResult =>
      block('b', index, 2, { runs: 2, block: { index, count: 2, seed: 5, runs: 4 } });
    const merged = mergeShards([block('a', 0), block('a', 1), b4(0), b4(1)], ['a', 'b']);
    expect(merged.map((r) => r.runs)).toEqual([10, 4]);
    const mixed = { ...block('b', 1), block: { index: 1, count: 2, seed: 5, runs: 10 } };
    expect(() => mergeShards([block('a', 0), block('a', 1), b4(0), mixed], ['a', 'b'])).toThrow(
      'b: block from another run (seed 5, runs 10, 2 blocks; expected seed 5, runs 4, 2 blocks)',
    );
  });

  it('refuses blocks of runs with another case count or block count', () => {
    expect(() =>
      mergeShards(
        [block('a', 0), { ...block('a', 1), block: { index: 1, count: 2, seed: 5, runs: 11 } }],
        ['a'],
      ),
    ).toThrow('a: block from another run (seed 5, runs 11, 2 blocks; expected seed 5, runs 10, 2 blocks)');
    expect(() => mergeShards([block('a', 0), block('a', 1, 3)], ['a'])).toThrow(/another run/);
  });
});

describe('mergeBlockResults (synthetic blocks)', () => {
  it('refuses no blocks', () => {
    expect(() => mergeBlockResults([], 5)).toThrow(RangeError);
  });

  it('adds up the skipped inputs of the blocks, and leaves the field out when none was skipped', () => {
    const withSkips = mergeBlockResults(
      [block('a', 0, 2, { skipped: 2 }), block('a', 1, 2, { skipped: 3 })],
      5,
    );
    expect(withSkips.skipped).toBe(5);
    const without = mergeBlockResults([block('a', 0), block('a', 1)], 5);
    expect('skipped' in without).toBe(false);
  });

  it('takes the outcome of an error block over a refuted one, and a refuted one over an inconclusive one', () => {
    const refuted = block('a', 0, 3, { outcome: 'refuted', error: undefined });
    const error = block('a', 2, 3, { outcome: 'error', error: 'boom' });
    const late = block('a', 1, 3, { outcome: 'inconclusive', error: 'time' });
    expect(mergeBlockResults([refuted, late, error], 5)).toMatchObject({ outcome: 'error', error: 'boom' });
    expect(mergeBlockResults([late, refuted], 5).outcome).toBe('refuted');
    const rounding = block('a', 1, 2, { roundingOnly: true });
    expect(mergeBlockResults([block('a', 0), rounding], 5).roundingOnly).toBe(true);
  });
});
