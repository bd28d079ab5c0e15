import { describe, expect, it } from 'vitest';
import type { LeagueTable } from '../../src/compare/leagueTable.js';
import { leagueTableHtml } from '../../src/report/leagueTableHtml.js';
import { leagueTableSpec } from '../../src/report/leagueTableSpec.js';

const table: LeagueTable = {
  seed: 7,
  maxSteps: 100,
  tol: 1e-6,
  rows: [
    {
      target: 'low <rank> 2',
      rank: 2,
      r: 1,
      entrant: 'fa',
      lossOverOptimum: 2.5,
      excessLoss: 0.1,
      alignment: 0.4,
      stepsToTolerance: null,
      steps: 40,
      reason: 'stationary',
    },
    {
      target: 'low <rank> 2',
      rank: 2,
      r: 2,
      entrant: 'gd',
      lossOverOptimum: null,
      excessLoss: 0,
      alignment: 1,
      stepsToTolerance: 12,
      steps: 12,
      reason: 'target',
    },
  ],
};

describe('the league table in the report', () => {
  it('is one escaped row per run, with never and - where there is nothing to show', () => {
    const html = leagueTableHtml(table);
    expect(html.match(/<tr>/g)).toHaveLength(3); // the head and two rows
    expect(html).toContain('low &lt;rank&gt; 2');
    expect(html).toContain('<td class="num">never</td>');
    expect(html).toContain('- (L* = 0)');
    expect(html).toContain('stationary at 40');
  });

  it('plots the excess loss on a log scale, floored where it is 0', () => {
    const spec = leagueTableSpec(table);
    const values = (spec.data as { values: { excess: number }[] }).values;
    expect(values.map((v) => v.excess)).toEqual([0.1, 1e-12]);
    expect(JSON.stringify(spec)).toContain('"type":"log"');
  });
});
