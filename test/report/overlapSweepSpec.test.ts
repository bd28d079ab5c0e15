import { describe, expect, it } from 'vitest';
import type { OverlapSweepData } from '../../src/report/overlapSweepData.js';
import { OVERLAP_SERIES, overlapSweepSpec, type OverlapSeries } from '../../src/report/overlapSweepSpec.js';
import type { LayeredSpec } from '../../src/report/plotFrame.js';
import { renderSvg } from '../../src/report/renderSvg.js';

/** Plot (d)'s data without running the solvers: overlaps near `r / rank(Y)`, a few per rank. */
const RANKS = [2, 3, 4, 6];
const data: OverlapSweepData = {
  seed: 7,
  n: 12,
  m: 10,
  r: 2,
  ranks: RANKS,
  drawsPerRank: 3,
  maxSteps: 100,
  etaGd: 0.25,
  initScale: 1e-3,
  points: RANKS.flatMap((rank) =>
    [0, 1, 2].map((draw) => ({
      rank,
      ratio: rank / 2,
      draw,
      overlap: Math.min(1, 2 / rank + 0.05 * (draw - 1)),
      gdLoss: rank - 2,
      faLoss: rank - 2,
      optimalLoss: rank - 2,
    })),
  ),
  maxLossGap: 0,
};

/** Attributes of a drawn item that make its look (not its place). */
const LOOK = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
];

interface DrawnGroup {
  readonly markType: string;
  /** One entry per drawn item: its look (and, for a symbol, its shape and size: the path `d`). */
  readonly looks: readonly string[];
}

/** The mark group vega draws for the vega-lite layer `name`, or null when there is none. */
function drawnGroup(svg: string, name: string): DrawnGroup | null {
  const m = new RegExp(`<g class="mark-(\\w+) role-mark ${name}_marks"[^>]*>(.*?)</g>`, 's').exec(svg);
  if (m === null) return null;
  const looks = [...m[2].matchAll(/<path ([^>]*?)\/?>/g)].map(([, attrs]) => {
    const values = new Map([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const keys = m[1] === 'symbol' ? [...LOOK, 'd'] : LOOK;
    return keys.map((k) => `${k}=${values.get(k) ?? '-'}`).join(' ');
  });
  return { markType: m[1], looks };
}

/**
 * How the legend of a rendered plot (d) disagrees with its marks ([] when it does not): for every mark of
 * every series, the glyph in the legend must be drawn by the same kind of vega mark with the same look as
 * the series in the plot, and vega must draw no legend of its own (whose symbols would not follow the
 * marks).
 */
function legendMismatches(svg: string, series: readonly OverlapSeries[]): string[] {
  const problems: string[] = [];
  if (svg.includes('role-legend')) problems.push('vega draws a legend of its own');
  for (const s of series) {
    s.marks.forEach((_, j) => {
      const plot = drawnGroup(svg, `${s.name}_${j}`);
      const glyph = drawnGroup(svg, `${s.name}_legend_${j}`);
      if (plot === null || plot.looks.length === 0)
        problems.push(`${s.kind}: mark ${j} not drawn in the plot`);
      if (glyph === null || glyph.looks.length === 0)
        problems.push(`${s.kind}: mark ${j} not drawn in the legend`);
      if (plot === null || glyph === null) return;
      if (plot.markType !== glyph.markType)
        problems.push(
          `${s.kind}: mark ${j} is a ${plot.markType} in the plot, a ${glyph.markType} in the legend`,
        );
      const plotLooks = new Set(plot.looks);
      for (const look of new Set(glyph.looks)) {
        if (!plotLooks.has(look))
          problems.push(`${s.kind}: legend glyph ${look} is not how the plot draws it`);
      }
    });
  }
  return problems;
}

/** The legend's labels as drawn, top to bottom, with their vertical positions. */
function legendLabels(svg: string): Array<{ text: string; y: number }> {
  const m = /<g class="mark-text role-mark legend_labels_marks"[^>]*>(.*?)<\/g>/s.exec(svg);
  return [
    ...(m?.[1] ?? '').matchAll(
      /<text [^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g,
    ),
  ]
    .map(([, , y, text]) => ({ text, y: Number(y) }))
    .sort((a, b) => a.y - b.y);
}

/** The vertical positions of a legend glyph's drawn items (symbols by transform, lines by their path). */
function glyphYs(svg: string, name: string): number[] {
  const m = new RegExp(`<g class="mark-\\w+ role-mark ${name}_marks"[^>]*>(.*?)</g>`, 's').exec(svg);
  const body = m?.[1] ?? '';
  const fromTransforms = [...body.matchAll(/translate\([-\d.]+,([-\d.]+)\)/g)].map(([, y]) => Number(y));
  const fromPaths = [...body.matchAll(/ d="M[-\d.]+,([-\d.]+)L/g)].map(([, y]) => Number(y));
  return [...fromTransforms, ...fromPaths];
}

describe('overlapSweepSpec (plot (d))', () => {
  it('draws every legend glyph with the mark and look of its series, and no vega legend', async () => {
    const svg = await renderSvg(overlapSweepSpec(data));
    expect(legendMismatches(svg, OVERLAP_SERIES)).toEqual([]);
    // The three series look different from one another: a glyph says which one it is.
    const looks = OVERLAP_SERIES.map((s) => drawnGroup(svg, `${s.name}_0`)?.looks[0]);
    expect(new Set(looks).size).toBe(OVERLAP_SERIES.length);
    // The dashed reference is dashed in both places; the points are hollow in both.
    expect(drawnGroup(svg, 'reference_legend_0')?.looks[0]).toContain('stroke-dasharray=6,4');
    expect(drawnGroup(svg, 'each_target_legend_0')?.looks[0]).toContain('fill=-');
  });

  it('labels each glyph on its own row, in the order of the series', async () => {
    const svg = await renderSvg(overlapSweepSpec(data));
    const labels = legendLabels(svg);
    expect(labels.map((l) => l.text)).toEqual(OVERLAP_SERIES.map((s) => s.kind));
    OVERLAP_SERIES.forEach((s, row) => {
      s.marks.forEach((_, j) => {
        const ys = glyphYs(svg, `${s.name}_legend_${j}`);
        expect(ys.length).toBeGreaterThan(0);
        // Text is drawn from its baseline: the glyph sits within a few pixels of its label's row.
        for (const y of ys) expect(Math.abs(y - labels[row].y)).toBeLessThanOrEqual(6);
      });
    });
  });

  it('finds a mismatch: a glyph in another colour, a line glyph for a point series, or vega legend symbols', async () => {
    const spec = overlapSweepSpec(data);
    // A tampered layer need not be a layer vega-lite's types accept: renderSvg judges it.
    const tamper = (f: (layer: LayeredSpec['layer'][number]) => object): LayeredSpec => ({
      ...spec,
      layer: spec.layer.map(f) as LayeredSpec['layer'],
    });
    const recoloured = tamper((l) =>
      'name' in l && l.name === 'reference_legend_0' && 'mark' in l && typeof l.mark === 'object'
        ? { ...l, mark: { ...l.mark, color: '#e45756' } }
        : l,
    );
    expect(legendMismatches(await renderSvg(recoloured), OVERLAP_SERIES)).toEqual([
      expect.stringMatching(/^r \/ rank\(Y\): legend glyph .*stroke=#e45756/),
    ]);
    const lineForPoint = tamper((l) =>
      'name' in l && l.name === 'each_target_legend_0'
        ? { ...l, mark: { type: 'line', color: '#4c78a8' } }
        : l,
    );
    expect(legendMismatches(await renderSvg(lineForPoint), OVERLAP_SERIES)).toContain(
      'each target: mark 0 is a symbol in the plot, a line in the legend',
    );
    // The plot as it was: one colour encoding, vega's legend with one filled circle per series.
    const vegaLegend = tamper((l) =>
      'name' in l && typeof l.name === 'string' && l.name.includes('legend')
        ? { ...l, data: { values: [] } }
        : 'encoding' in l && l.encoding !== undefined
          ? {
              ...l,
              encoding: {
                ...l.encoding,
                color: {
                  datum: 'mean',
                  type: 'nominal',
                  scale: { domain: OVERLAP_SERIES.map((s) => s.kind) },
                },
              },
            }
          : l,
    );
    const problems = legendMismatches(await renderSvg(vegaLegend), OVERLAP_SERIES);
    expect(problems).toContain('vega draws a legend of its own');
  });
});
