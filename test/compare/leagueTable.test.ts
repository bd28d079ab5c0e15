import { describe, expect, it } from 'vitest';
import { formatLeagueTable } from '../../src/compare/formatLeagueTable.js';
import { LEAGUE_ENTRANTS, leagueTable } from '../../src/compare/leagueTable.js';
import { leagueTargets } from '../../src/compare/leagueTargets.js';
import { singularValues } from '../../src/theory/singularValues.js';

describe('leagueTable', () => {
  const table = leagueTable(7);
  const row = (target: string, entrant: string) => {
    const found = table.rows.find((x) => x.target.includes(target) && x.entrant === entrant);
    if (found === undefined) throw new Error(`no row ${target} / ${entrant}`);
    return found;
  };

  it('runs every entrant on every target, r below, at and above the rank', () => {
    const targets = leagueTargets(7);
    expect(table.rows).toHaveLength(targets.length * LEAGUE_ENTRANTS.length);
    expect(targets.map((t) => Math.sign(t.r - t.rank))).toEqual([-1, 0, 1, -1, 0]);
    for (const t of targets) expect(Math.abs(singularValues(t.y)[0] - 1)).toBeLessThanOrEqual(1e-12);
  });

  it('is a function of the seed: the same seed gives the same bytes, another seed other targets', () => {
    expect(formatLeagueTable(leagueTable(7))).toBe(formatLeagueTable(table));
    expect(leagueTargets(8)[0].y.to2DArray()).not.toEqual(leagueTargets(7)[0].y.to2DArray());
  });

  it('says what the theory says: GD reaches L*(r) everywhere, FA not below the rank, KP with B = Z', () => {
    for (const r of table.rows.filter((x) => x.entrant === 'gd')) {
      expect(r.stepsToTolerance ?? Number.NaN).toBeGreaterThanOrEqual(1);
      expect(r.excessLoss).toBeLessThanOrEqual(1e-6);
    }
    expect(row('rank 3, r 2', 'fa').lossOverOptimum ?? Number.NaN).toBeGreaterThanOrEqual(1.5);
    expect(row('rank 3, r 2', 'fa').stepsToTolerance).toBeNull();
    expect(row('rank 3, r 3', 'fa').stepsToTolerance ?? Number.NaN).toBeGreaterThanOrEqual(1);
    expect(row('rank 3, r 3', 'fa').lossOverOptimum).toBeNull(); // L* = 0
    expect(row('rank 6, r 2', 'kp lambda=0.01').alignment).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(row('rank 6, r 2', 'gd').alignment).toBeGreaterThanOrEqual(1 - 1e-12);
  });

  it('prints one line per row and a header saying how it was made', () => {
    const text = formatLeagueTable(table);
    expect(text.split('\n')[0]).toBe(
      'league table, seed 7: each rule until its loss is within 1e-6 ||Y||_F^2 of L*(r), stationary, or 20000 steps; a(M, Z) is the cosine between the backward matrix and Z',
    );
    for (const e of LEAGUE_ENTRANTS) expect(text).toContain(e.label);
    expect(text).toContain('- (L* = 0)');
  });
});
