import { describe, expect, it } from 'vitest';
import { toJUnitXml } from '../../src/report/toJUnitXml.js';
import { SAMPLE_RESULTS } from './claimResults.js';
import { xmlProblems } from './xmlWellFormed.js';

const cases = (xml: string): string[] => xml.split('<testcase ').slice(1);

describe('toJUnitXml', () => {
  const xml = toJUnitXml(SAMPLE_RESULTS);

  it('is well-formed XML with one testcase per claim and counts that add up', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fa-verify"')).toBe(true);
    expect(cases(xml)).toHaveLength(SAMPLE_RESULTS.length);
    expect(xml).toContain('tests="4" failures="1" errors="0"');
    const times = [...xml.matchAll(/time="([^"]*)"/g)].map((m) => m[1]);
    expect(times.length).toBe(SAMPLE_RESULTS.length + 2);
    for (const t of times) expect(t).toMatch(/^\d+\.\d{3}$/);
  });

  it('makes a claim whose outcome differs from the expected one a failure with the counterexample in brief, an error an <error>', () => {
    const [holds, refuted, unexpected, threw] = cases(xml);
    expect(holds).not.toMatch(/<failure|<error/);
    expect(refuted).not.toMatch(/<failure|<error/);
    expect(refuted).toContain('<system-out>counterexample: 2 x 2, rank(Y) 2, r 1');
    expect(unexpected).toContain('<failure message="expected holds, got refuted" type="unexpected-outcome">');
    expect(unexpected).toContain('counterexample 1 x 1, rank(Y) 1, r 1, violation -Infinity');
    // A claim as expected that carries a message is no error: only the outcome says so.
    expect(threw).not.toMatch(/<failure|<error/);
  });

  it('escapes claim ids, messages and control characters', () => {
    const [, , unexpected] = cases(xml);
    expect(unexpected).toContain('name="a &lt;claim&gt; &amp; &quot;quotes&quot; &apos;too&apos;"');
    expect(unexpected).toContain('time="0.000"');
    expect(xml).not.toContain('\u0000');
    expect(xml).not.toContain('\u0007');
  });

  it('writes an empty suite for no results', () => {
    const empty = toJUnitXml([]);
    expect(xmlProblems(empty)).toEqual([]);
    expect(empty).toContain('tests="0" failures="0" errors="0" time="0.000"');
  });

  it('makes an error or an inconclusive outcome an <error> with its message and replay, never a failure', () => {
    const base = SAMPLE_RESULTS[0];
    const errored = {
      ...base,
      outcome: 'error' as const,
      error: 'evaluation threw: solver & co exploded',
      replay: { seed: 7, path: '1:0', maxSize: 2 },
    };
    const spent = {
      ...base,
      claim: 'fa-limit-closed-form',
      outcome: 'inconclusive' as const,
      error: 'time budget of 1 s spent after 3 of 100 cases, with no failure',
    };
    const out = toJUnitXml([errored, spent]);
    expect(xmlProblems(out)).toEqual([]);
    expect(out).toContain('tests="2" failures="0" errors="2"');
    const [e, i] = cases(out);
    expect(e).toContain('<error message="evaluation threw: solver &amp; co exploded" type="error">');
    expect(e).toContain('replay: fa-verify check');
    expect(i).toContain('type="inconclusive"');
    expect(out).not.toContain('<failure');
  });
});
