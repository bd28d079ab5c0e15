import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { buildReportData, REPORT_PLOT_COUNT, type ReportStep } from '../../src/report/buildReportData.js';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import { renderReportPlots } from '../../src/report/renderReportPlots.js';
import type { ReportData } from '../../src/report/ReportData.js';

/** A quick report: two claims (one expected to hold, one to be refuted), few cases and draws. */
const claims = catalogue.filter((c) =>
  ['fa-limit-closed-form', 'fa-reaches-optimum-for-every-r'].includes(c.id),
);
const quick = (seed: number, onStep?: (s: ReportStep) => void): ReportData =>
  buildReportData({ seed, runs: 8, maxSize: 4, draws: 30, claims, ...(onStep ? { onStep } : {}) });
const page = async (d: ReportData): Promise<string> => renderReportHtml(d, await renderReportPlots(d));

describe('buildReportData', () => {
  it('is deterministic: the same seed gives the identical HTML string; another seed another page', async () => {
    const steps: ReportStep[] = [];
    const first = quick(7, (s) => steps.push(s));
    const again = quick(7);
    expect(await page(again)).toBe(await page(first));
    expect(await page(quick(8))).not.toBe(await page(first));
    expect(steps.map((s) => s.name)).toHaveLength(REPORT_PLOT_COUNT + claims.length);
    expect(steps.slice(REPORT_PLOT_COUNT).map((s) => s.outcome)).toEqual(first.results.map((r) => r.outcome));
  });

  it('draws plot (a): GD reaches L*(r), FA its closed-form limit above it', () => {
    const a = quick(7).lossCurves;
    const last = (xs: readonly number[]): number => xs[xs.length - 1];
    expect(a.gd.step).toHaveLength(a.steps + 1);
    expect(a.fa.value).toHaveLength(a.steps + 1);
    expect(Math.abs(last(a.gd.value) - a.optimalLoss)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(last(a.fa.value) - a.faLimitLoss)).toBeLessThanOrEqual(1e-6);
    expect(a.faLimitLoss).toBeGreaterThan(1.5 * a.optimalLoss);
  });

  it('draws plot (b): every alignment curve starts at 0 and ends positive, within [-1, 1]', () => {
    const b = quick(7).alignmentCurves;
    expect(b.curves.length).toBeGreaterThanOrEqual(4);
    for (const c of b.curves) {
      expect(c.value[0]).toBe(0);
      expect(c.value[c.value.length - 1]).toBeGreaterThan(0);
      expect(Math.max(...c.value.map(Math.abs))).toBeLessThanOrEqual(1);
    }
  });

  it('draws plot (c): measured ratios match closed form 3 and faLimit, and lie in [1, 1/eps^2]', () => {
    const c = quick(7).ratioDistribution;
    expect(c.samples).toHaveLength(30);
    expect(c.maxMeasuredGap).toBeLessThanOrEqual(1e-8);
    expect(c.maxClosedFormGap).toBeLessThanOrEqual(1e-9);
    for (const s of c.samples) {
      expect(s.measured).toBeGreaterThanOrEqual(1 - 1e-9);
      expect(s.measured).toBeLessThanOrEqual(1 / (c.eps * c.eps) + 1e-9);
    }
  });

  it('draws plot (d): equal losses, overlap 1 at rank(Y) = r and below 1 on average above it', () => {
    const o = quick(7).overlapSweep;
    expect(o.maxLossGap).toBeLessThanOrEqual(1e-8);
    for (const p of o.points) {
      expect(p.overlap).toBeGreaterThanOrEqual(0);
      expect(p.overlap).toBeLessThanOrEqual(1 + 1e-9);
      if (p.rank === o.r) expect(p.overlap).toBeGreaterThanOrEqual(1 - 1e-6);
    }
    const top = o.points.filter((p) => p.rank === Math.max(...o.ranks));
    expect(top.reduce((s, p) => s + p.overlap, 0) / top.length).toBeLessThanOrEqual(0.6);
  });
});
