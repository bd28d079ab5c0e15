import { describe, expect, it } from 'vitest';
import { identityAccountData } from '../../src/report/identityAccountData.js';
import { identityAccountSpec } from '../../src/report/identityAccountSpec.js';

describe('identityAccountData', () => {
  const d = identityAccountData(7);

  it('follows FA from zero over every step, 16 x 12 full rank, r = 4', () => {
    expect([d.n, d.m, d.r, d.singularValues.length]).toEqual([16, 12, 4, 12]);
    expect(d.step).toEqual(Array.from({ length: d.steps + 1 }, (_, t) => t));
    for (const xs of [d.measured, d.accounted, d.drift]) expect(xs).toHaveLength(d.steps + 1);
    // From zero Z_0 = Z_1 = 0 (the first step moves only W): no alignment yet, nothing to account for.
    expect([d.measured[0], d.accounted[0], d.measured[1], d.accounted[1]]).toEqual([0, 0, 0, 0]);
  });

  it('accounts for the measured alignment to rounding at every step, with a drift that grows', () => {
    expect(d.maxGap).toBeLessThanOrEqual(1e-12);
    for (let t = 0; t <= d.steps; t++) {
      expect(Math.abs(d.measured[t] - d.accounted[t]), `step ${t}`).toBeLessThanOrEqual(1e-12);
    }
    expect(d.worstRatio).toBeLessThanOrEqual(1); // within the claim's rounding allowance
    const end = d.steps;
    expect(d.measured[end]).toBeGreaterThan(0.1);
    expect(d.drift[end]).toBeGreaterThan(0);
    expect(d.drift[end]).toBeLessThan(d.measured[end]);
  });

  it('is deterministic for a seed, and another seed draws another run', () => {
    expect(identityAccountData(7)).toEqual(d);
    expect(identityAccountData(8).measured).not.toEqual(d.measured);
  });

  it('has a spec with the three curves over every step', () => {
    const spec = identityAccountSpec(d);
    const lines = spec.layer[1] as { data: { values: unknown[] } };
    expect(lines.data.values).toHaveLength(3 * (d.steps + 1));
    expect(JSON.stringify(spec)).toContain(`seed ${d.seed}`);
  });
});
