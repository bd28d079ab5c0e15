import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../src/report/buildReportData.js';
import type { ReportData } from '../../src/report/ReportData.js';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import type { ReportPlots } from '../../src/report/renderReportPlots.js';
import { SAMPLE_RESULTS } from './claimResults.js';

/** Plot data from a real (small) build; results and claims hand-made, with hostile text. */
const base = buildReportData({ seed: 3, runs: 1, maxSize: 2, draws: 5, claims: [] });
const data: ReportData = {
  ...base,
  results: SAMPLE_RESULTS,
  claims: SAMPLE_RESULTS.map((r) => ({
    id: r.claim,
    expected: r.expected,
    statement: `says <${r.claim}> & more`,
  })),
};
const plots: ReportPlots = {
  lossCurves: '<svg id="a"></svg>',
  alignmentCurves: '<svg id="b"></svg>',
  ratioDistribution: '<svg id="c"></svg>',
  ratioByRank: '<svg id="c2"></svg>',
  overlapSweep: '<svg id="d"></svg>',
  identityAccount: '<svg id="f"></svg>',
  searchCurves: '<svg id="g"></svg>',
};

describe('renderReportHtml', () => {
  const html = renderReportHtml(data, plots);

  it('is one self-contained document: no script, no external resource, a CSP that forbids fetches', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    for (const m of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(m[1].startsWith('#'), m[0]).toBe(true);
  });

  it('holds the seven plots in order, each with a caption stating its seed', () => {
    const at = ['id="a"', 'id="b"', 'id="c"', 'id="c2"', 'id="d"', 'id="f"', 'id="g"'].map((s) =>
      html.indexOf(s),
    );
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(html.match(/<figcaption>Seed 3\./g)).toHaveLength(7);
  });

  it('shows the verdict of every claim and every counterexample, escaped, without timings', () => {
    expect(html).toContain('1 of 4 claims did NOT come out as expected');
    expect(html.match(/<tr class="(ok|bad)">/g)).toHaveLength(4);
    expect(html.match(/<article class="counterexample"/g)).toHaveLength(2);
    expect(html).toContain('a &lt;claim&gt; &amp; &quot;quotes&quot; &apos;too&apos;');
    expect(html).toContain('says &lt;fa-flow-invariant&gt; &amp; more');
    expect(html).toContain(
      'fa-verify check fa-reaches-optimum-for-every-r --seed 7 --max-size 2 --path 1:0:1',
    );
    expect(html).toContain('Precision recheck: <strong>genuine (not a rounding artefact)</strong>');
    expect(html).toContain('Method: double-double &lt;arithmetic&gt;.</p>');
    expect(html).toContain('within rounding error: reported, not a disproof');
    expect(html).not.toContain('<claim>');
    expect(html).not.toContain('\u0000');
    expect(html).not.toMatch(/\bseconds\b|0\.80? s\b/);
  });

  it('says so when every claim came out as expected, and when there is no counterexample', () => {
    const clean = renderReportHtml({ ...data, results: [SAMPLE_RESULTS[0]], claims: [] }, plots);
    expect(clean).toContain('All 1 claims came out as expected.');
    expect(clean).toContain('there are no counterexamples');
  });
});
