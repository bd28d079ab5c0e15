import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { counterexamplesHtml } from '../../src/report/counterexamplesHtml.js';

const counterexample = { n: 1, m: 1, rankY: 1, r: 1, violation: 2e-8, tolerance: 1e-8, margin: 2 };

const marginal: ClaimResult = {
  claim: 'fa-flow-invariant',
  expected: 'holds',
  outcome: 'holds',
  runs: 1,
  seed: 7,
  seconds: 0.1,
  stats: {},
  counterexample,
  roundingOnly: true,
  precision: {
    label: 'rounding',
    quantities: {},
    preciseViolation: 1e-9,
    roundingBound: 1e-8,
    method: 'double-double.',
  },
};

describe('counterexamplesHtml: a rounding-only counterexample, and one without replay or statement', () => {
  it('calls a rounding recheck no disproof and says the claim is reported as holding', () => {
    const html = counterexamplesHtml([marginal], [{ id: marginal.claim, expected: 'holds', statement: 'S' }]);
    expect(html).toContain('<strong>rounding: no disproof</strong>');
    expect(html).toContain('. The claim is reported as holding.<br>');
    expect(html).toContain('Method: double-double.</p>');
    expect(html).toContain('(expected holds, as expected)');
    expect(html).toContain('<p class="statement">Claim: S</p>');
  });

  it('counts one case in the singular and no shrinks when none are recorded, with no replay block', () => {
    const html = counterexamplesHtml([marginal], []);
    expect(html).toContain('<p>Found after 1 case, shrunk in 0 steps.</p>');
    expect(html).not.toContain('class="replay"');
    expect(html).toContain('<p class="statement">Claim: </p>');
  });

  it('says nothing of being reported as holding for a genuine recheck', () => {
    const genuine: ClaimResult = {
      ...marginal,
      outcome: 'refuted',
      roundingOnly: undefined,
      runs: 4,
      shrinks: 9,
      precision: { ...marginal.precision!, label: 'genuine' },
    };
    const html = counterexamplesHtml([genuine], []);
    expect(html).toContain('<strong>genuine (not a rounding artefact)</strong>');
    expect(html).not.toContain('reported as holding');
    expect(html).toContain('<p>Found after 4 cases, shrunk in 9 steps.</p>');
    expect(html).toContain('(expected holds, NOT as expected)');
  });
});
