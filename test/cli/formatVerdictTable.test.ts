import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { formatClaimResult } from '../../src/cli/formatClaimResult.js';
import { formatVerdictTable } from '../../src/cli/formatVerdictTable.js';
import { moreCasesHint } from '../../src/cli/moreCasesHint.js';
import { SAMPLE_RESULTS } from '../report/claimResults.js';

/** A result like the sample that held, with the fields that decide the hint replaced. */
const result = (claim: string, expected: string, outcome: string, runs: number): ClaimResult =>
  ({ ...SAMPLE_RESULTS[0], claim, expected, outcome, runs }) as ClaimResult;

const unrefuted = result('fa-alignment-monotone', 'refuted', 'holds', 1);
const held = result('gd-reaches-optimum', 'holds', 'holds', 1);
const refuted = SAMPLE_RESULTS[1];
const brokeHolds = SAMPLE_RESULTS[2];

describe('moreCasesHint', () => {
  it('names the claim, the cases run and how many to try when a claim expected refuted held', () => {
    expect(moreCasesHint(unrefuted)).toBe(
      'hint: fa-alignment-monotone is expected to be refuted, but none of its 1 case refuted it: ' +
        'a counterexample may need more cases (try --runs 100 or more)',
    );
    expect(moreCasesHint({ ...unrefuted, runs: 12 })).toContain('none of its 12 cases refuted it');
    expect(moreCasesHint({ ...unrefuted, runs: 12 })).toContain('(try --runs 100 or more)');
    expect(moreCasesHint({ ...unrefuted, runs: 100 })).toContain('(try --runs 1000 or more)');
  });

  it('says nothing for any other pair of expected and observed outcome, the error outcome included', () => {
    expect(moreCasesHint(held)).toBeUndefined();
    expect(moreCasesHint(refuted)).toBeUndefined();
    expect(moreCasesHint(brokeHolds)).toBeUndefined();
    expect(moreCasesHint(result('fa-alignment-monotone', 'refuted', 'error', 1))).toBeUndefined();
    expect(moreCasesHint(result('gd-reaches-optimum', 'holds', 'error', 1))).toBeUndefined();
  });
});

describe('formatVerdictTable', () => {
  it('after a run of one case: NOT as expected, and a hint line for the claim that was not refuted', () => {
    const text = formatVerdictTable([held, unrefuted]);
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('1 of 2 claims did NOT come out as expected');
    expect(lines.at(-1)).toBe(moreCasesHint(unrefuted));
    expect(text).toMatch(/fa-alignment-monotone\s*│\s*refuted\s*│\s*holds\s*│\s*NO\s*│\s*1\s*│/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('one hint per such claim, none when every claim came out as expected', () => {
    const other = result('fa-converges-for-any-step-size', 'refuted', 'holds', 3);
    const hints = formatVerdictTable([unrefuted, held, other, refuted])
      .split('\n')
      .filter((l) => l.startsWith('hint: '));
    expect(hints).toEqual([moreCasesHint(unrefuted), moreCasesHint(other)]);
    const fine = formatVerdictTable([held, refuted]);
    expect(fine).not.toContain('hint');
    expect(fine.trimEnd().split('\n').at(-1)).toBe('all 2 claims came out as expected');
  });

  it('shows an error as ERROR, never as expected, and says what went wrong', () => {
    const errored = {
      ...result('fa-flow-invariant', 'holds', 'error', 4),
      error: 'the flow integrator stopped (budget)',
    };
    const text = formatVerdictTable([errored]);
    expect(text).toMatch(/fa-flow-invariant\s*│\s*holds\s*│\s*error\s*│\s*ERROR\s*│/);
    expect(text).toContain(
      '1 of 1 claims did NOT come out as expected (1 errors: an error is not a verdict)',
    );
    expect(text).toContain('error in fa-flow-invariant: the flow integrator stopped (budget)');
    expect(text).not.toContain('hint');
  });
});

describe('formatClaimResult', () => {
  it('adds the same hint, indented, under a claim expected refuted that held', () => {
    const lines = formatClaimResult(unrefuted).trimEnd().split('\n');
    expect(lines[0]).toBe('fa-alignment-monotone: holds (expected refuted, NOT AS EXPECTED)');
    expect(lines.at(-1)).toBe(`  ${moreCasesHint(unrefuted)}`);
  });

  it('adds no hint otherwise', () => {
    for (const r of [held, refuted, brokeHolds]) expect(formatClaimResult(r)).not.toContain('hint');
  });
});
