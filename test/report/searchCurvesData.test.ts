import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import { searchCurvesData } from '../../src/report/searchCurvesData.js';
import { searchCurvesSpec } from '../../src/report/searchCurvesSpec.js';

const searched: ClaimResult = {
  claim: 'some-existence-claim',
  expected: 'witnessed',
  outcome: 'witnessed',
  runs: 40,
  seed: 7,
  seconds: 0.1,
  stats: {},
  search: {
    evaluations: 40,
    rungs: [2, 4],
    curve: [
      { evaluations: 1, score: -3, maxSize: 2 },
      { evaluations: 9, score: -1, maxSize: 2 },
      { evaluations: 40, score: 0.5, maxSize: 4 },
    ],
    levels: [
      { label: 'K = 10', reached: true, evaluations: 12, maxSize: 2 },
      { label: 'K = 1000', reached: true, evaluations: 40, maxSize: 4 },
      { label: 'K = 10^6', reached: false },
    ],
  },
};
const plain: ClaimResult = { ...searched, claim: 'a-universal-claim', expected: 'holds', outcome: 'holds' };
delete (plain as { search?: unknown }).search;

describe('searchCurvesData (plot g)', () => {
  it('keeps the searched results only, their curves as run, and each level at the best score of its moment', () => {
    const d = searchCurvesData(7, [plain, searched]);
    expect(d.claims.map((c) => c.claim)).toEqual(['some-existence-claim']);
    expect(d.claims[0].curve).toEqual(searched.search?.curve);
    expect(d.claims[0].levels).toEqual([
      { label: 'K = 10', evaluations: 12, score: -1 },
      { label: 'K = 1000', evaluations: 40, score: 0.5 },
      { label: 'K = 10^6' },
    ]);
  });

  it('renders with curves, and without any (a run with no search) to a frame that says so', async () => {
    expect(await renderSvg(searchCurvesSpec(searchCurvesData(7, [searched])))).toContain('<svg');
    const empty = await renderSvg(searchCurvesSpec(searchCurvesData(7, [plain])));
    expect(empty).toContain('no claim of this run used a targeted search');
  });
});
