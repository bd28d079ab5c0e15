import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { formatOpenClaims } from '../../src/cli/formatOpenClaims.js';
import { formatVerdictTable } from '../../src/cli/formatVerdictTable.js';
import { verdictExitCode } from '../../src/cli/verdictExitCode.js';
import { verdictTableHtml } from '../../src/report/verdictTableHtml.js';

const base = { runs: 100, seed: 7, seconds: 0.5, stats: {} };
const held: ClaimResult = { ...base, claim: 'a-claim', expected: 'holds', outcome: 'holds' };
const openHeld: ClaimResult = { ...base, claim: 'open-one', expected: 'open', outcome: 'holds' };
const openRefuted: ClaimResult = {
  ...base,
  runs: 2,
  claim: 'open-two',
  expected: 'open',
  outcome: 'refuted',
  counterexample: { n: 2, m: 2, rankY: 2, r: 1, violation: 0.01, tolerance: 1e-8, margin: 1e6 },
};
const openError: ClaimResult = {
  ...base,
  claim: 'open-three',
  expected: 'open',
  outcome: 'error',
  error: 'boom',
};

describe('open claims', () => {
  it('are listed apart, as findings, with a count of each', () => {
    const lines = formatOpenClaims([held, openHeld, openRefuted]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('holds so far');
    expect(lines[0]).toContain('2 x 2, rank(Y) 2, r 1');
    expect(lines[0]).not.toContain('a-claim');
    expect(lines[1]).toBe('2 open claims (not verdicts): 1 hold so far, 1 refuted');
    expect(formatOpenClaims([held])).toEqual([]);
    expect(formatOpenClaims([openError]).at(-1)).toBe(
      '1 open claims (not verdicts): 0 hold so far, 0 refuted, 0 inconclusive, 1 errors',
    );
  });

  it('never fail a run, but for an error (exit 3), and do not count among the verdicts', () => {
    expect(verdictExitCode([held, openHeld, openRefuted])).toBe(0);
    expect(verdictExitCode([held, openError])).toBe(3);
    expect(verdictExitCode([{ ...held, outcome: 'refuted' }, openHeld])).toBe(1);
    const text = formatVerdictTable([held, openHeld, openRefuted]);
    expect(text).toContain('all 1 claims came out as expected');
    expect(text.indexOf('open claim')).toBeGreaterThan(text.indexOf('all 1 claims'));
  });

  it('have a table of their own in the report', () => {
    const html = verdictTableHtml([held, openHeld, openRefuted], []);
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain('<h3 id="open-claims">Open claims</h3>');
    expect(html.indexOf('open-one')).toBeGreaterThan(html.indexOf('Open claims'));
    expect(html).toContain('holds so far');
    expect(verdictTableHtml([held], []).match(/<table/g)).toHaveLength(1);
  });
});
