import { describe, expect, it } from 'vitest';
import { blockSeed, catalogueUnits } from '../../src/runner/catalogueUnits.js';

describe('catalogueUnits with more blocks than cases', () => {
  it('leaves out the blocks that would have no case: one unit per case, in block order', () => {
    expect(catalogueUnits(2, { runs: 2, seed: 7, blocks: 5 })).toEqual([
      { claim: 0, block: 0, blocks: 5, runs: 1, seed: 7 },
      { claim: 0, block: 1, blocks: 5, runs: 1, seed: blockSeed(7, 1) },
      { claim: 1, block: 0, blocks: 5, runs: 1, seed: 7 },
      { claim: 1, block: 1, blocks: 5, runs: 1, seed: blockSeed(7, 1) },
    ]);
    expect(catalogueUnits(3, { runs: 0, seed: 7, blocks: 2 })).toEqual([]);
  });
});
