import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { ratioByRankData } from '../../src/report/ratioByRankData.js';
import { ratioByRankSpec } from '../../src/report/ratioByRankSpec.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import { faLimit } from '../../src/theory/faLimit.js';

const data = ratioByRankData(7, 12);

describe('ratioByRankData (plot c2)', () => {
  it('draws every r and eps, each ratio at least 1 (Eckart–Young), sorted, with its summary', () => {
    expect(data.rows.map((r) => `${r.r}/${r.eps}`)).toEqual(
      [0.1, 0.01].flatMap((eps) => [1, 2, 4, 8, 16, 32, 64].map((r) => `${r}/${eps}`)),
    );
    for (const row of data.rows) {
      expect(row.ratios).toHaveLength(12);
      expect(row.min).toBeGreaterThanOrEqual(1 - 1e-9);
      expect([...row.ratios].sort((a, b) => a - b)).toEqual(row.ratios);
      expect(row.median).toBeGreaterThanOrEqual(row.min);
      expect(row.max).toBeGreaterThanOrEqual(row.median);
      expect(row.far).toBe(row.ratios.filter((x) => x >= 5).length / 12);
    }
  });

  it('shows the separation concentrating with r: the least ratio at r = 64 is above the median at r = 1', () => {
    for (const eps of [0.1, 0.01]) {
      const at = (r: number) => data.rows.find((x) => x.r === r && x.eps === eps);
      expect(at(64)?.min ?? Number.NaN).toBeGreaterThanOrEqual(at(1)?.median ?? Number.NaN);
      expect(at(64)?.far ?? Number.NaN).toBeGreaterThanOrEqual(1);
    }
  });

  it('is deterministic for a seed, and agrees with closed form (3) at r = 1 for a target it rebuilds', () => {
    expect(ratioByRankData(7, 12)).toEqual(data);
    expect(ratioByRankData(8, 12)).not.toEqual(data);
    // Closed form (3) in its own terms: Y = diag(1, eps) and b = (g1, g2).
    const eps = 0.1;
    const y = new Matrix([
      [1, 0],
      [0, eps],
    ]);
    const b = new Matrix([[0.3], [-1.2]]);
    const formula = (0.09 + 1.44) / (0.09 + eps * eps * 1.44);
    expect(Math.abs(faLimit(y, b).loss / (eps * eps) - formula)).toBeLessThanOrEqual(1e-12 * formula);
  });

  it('renders to an SVG whose subtitle names the share at r = 1 and r = 16', async () => {
    const svg = await renderSvg(ratioByRankSpec(data));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('at r = 16');
  });
});
