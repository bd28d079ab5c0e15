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
    expect(xml).toContain('tests="4" failures="1" errors="1"');
    const times = [...xml.matchAll(/time="([^"]*)"/g)].map((m) => m[1]);
    expect(times.length).toBe(SAMPLE_RESULTS.length + 2);
    for (const t of times) expect(t).toMatch(/^\d+\.\d{3}$/);
  });

  it('makes a claim whose outcome differs from the expected one a failure with the counterexample in brief', () => {
    const [holds, refuted, unexpected, threw] = cases(xml);
    expect(holds).not.toMatch(/<failure|<error/);
    expect(refuted).not.toMatch(/<failure|<error/);
    expect(refuted).toContain('<system-out>counterexample: 2 x 2, rank(Y) 2, r 1');
    expect(unexpected).toContain('<failure message="expected holds, got refuted" type="unexpected-outcome">');
    expect(unexpected).toContain('counterexample 1 x 1, rank(Y) 1, r 1, violation -Infinity');
    expect(threw).toContain('<error message="threw &amp; recovered"');
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
});
