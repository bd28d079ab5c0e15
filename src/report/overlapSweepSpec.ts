import { formatNumber } from './formatNumber.js';
import type { OverlapSweepData } from './overlapSweepData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

type Layer = LayeredSpec['layer'][number];
/** A vega-lite mark definition, as a unit layer takes it. */
type UnitMark = Extract<Layer, { mark: unknown }>['mark'];

/** One series of plot (d): its legend label and the marks that draw it, and draw its legend glyph. @internal */
export interface OverlapSeries {
  /** The legend label. */
  readonly kind: string;
  /** The series' layers are named `${name}_${i}` (mark `i`), its glyph's layers `${name}_legend_${i}`. */
  readonly name: string;
  /** A point series' glyph is one point; a line series' glyph is a short segment (two points). */
  readonly shape: 'point' | 'line';
  /** The vega-lite marks of the series, one layer each, used as they are for its glyph in the legend. */
  readonly marks: readonly UnitMark[];
}

/**
 * The three series of plot (d), in legend order: every target as a hollow blue point, the mean per rank
 * as a red line through filled red points, the reference `r / rank(Y)` as a dashed grey line.
 * @internal
 */
export const OVERLAP_SERIES: readonly OverlapSeries[] = [
  {
    kind: 'each target',
    name: 'each_target',
    shape: 'point',
    marks: [{ type: 'point', color: '#4c78a8', filled: false, opacity: 0.75, size: 40, strokeWidth: 1.5 }],
  },
  {
    kind: 'mean',
    name: 'mean',
    shape: 'line',
    marks: [
      { type: 'line', color: '#e45756', strokeWidth: 2 },
      { type: 'point', color: '#e45756', filled: true, opacity: 1, size: 30 },
    ],
  },
  {
    kind: 'r / rank(Y)',
    name: 'reference',
    shape: 'line',
    marks: [{ type: 'line', color: '#555555', strokeDash: [6, 4], strokeWidth: 1.5 }],
  },
];

/** Legend rows, top to bottom, in units of the y axis (overlap): the top-right corner, where no data falls. */
const LEGEND_TOP = 0.96;
const LEGEND_ROW = 0.075;
/** The legend's glyphs span this share of the x range, starting this far from its right end. */
const LEGEND_LEFT = 0.3;
const LEGEND_GLYPH = 0.08;

/**
 * The vega-lite spec of plot (d): the overlap of GD's and FA's hidden layers against `rank(Y) / r`,
 * one point per target, their mean per rank, and the reference curve `r / rank(Y)`. Its legend is drawn
 * in the plot by the series' own marks ({@link OVERLAP_SERIES}): each glyph is the mark of its series
 * (a hollow point, a line through points, a dashed line), so legend and plot cannot disagree; vega-lite's
 * own legend, which draws one symbol shape for all three, is not used. Pure.
 * @internal
 */
export function overlapSweepSpec(d: OverlapSweepData): LayeredSpec {
  const points = d.points.map((p) => ({ ratio: p.ratio, overlap: p.overlap }));
  const means = d.ranks.map((rank) => {
    const here = d.points.filter((p) => p.rank === rank);
    return { ratio: rank / d.r, overlap: here.reduce((a, p) => a + p.overlap, 0) / here.length };
  });
  const top = Math.max(...d.ranks) / d.r;
  const reference = Array.from({ length: 41 }, (_, i) => {
    const ratio = 1 + ((top - 1) * i) / 40;
    return { ratio, overlap: 1 / ratio };
  });
  const x = {
    field: 'ratio',
    type: 'quantitative' as const,
    title: 'rank(Y) / r',
    scale: { domain: [1, top], nice: false },
  };
  const y = {
    field: 'overlap',
    type: 'quantitative' as const,
    title: 'overlap ||P_GD P_FA||²_F / r',
    scale: { domain: [0, 1] },
  };
  const values = [points, means, reference];
  const glyphLeft = top - LEGEND_LEFT * (top - 1);
  const glyphRight = glyphLeft + LEGEND_GLYPH * (top - 1);
  const glyph = (shape: OverlapSeries['shape'], row: number): Array<{ ratio: number; overlap: number }> => {
    const overlap = LEGEND_TOP - row * LEGEND_ROW;
    return shape === 'point'
      ? [{ ratio: (glyphLeft + glyphRight) / 2, overlap }]
      : [
          { ratio: glyphLeft, overlap },
          { ratio: glyphRight, overlap },
        ];
  };
  // Drawn bottom to top: the reference, the mean, the points; the legend over them.
  const dataLayers: Layer[] = OVERLAP_SERIES.map((s, i) =>
    s.marks.map((mark, j) => ({
      name: `${s.name}_${j}`,
      data: { values: values[i] },
      mark,
      encoding: { x, y },
    })),
  )
    .reverse()
    .flat();
  const legendLayers: Layer[] = OVERLAP_SERIES.flatMap((s, row) =>
    s.marks.map((mark, j) => ({
      name: `${s.name}_legend_${j}`,
      data: { values: glyph(s.shape, row) },
      mark,
      encoding: { x, y },
    })),
  );
  const labels: Layer = {
    name: 'legend_labels',
    data: {
      values: OVERLAP_SERIES.map((s, row) => ({
        ratio: glyphRight + 0.025 * (top - 1),
        overlap: LEGEND_TOP - row * LEGEND_ROW,
        label: s.kind,
      })),
    },
    mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 11, color: '#000000' },
    encoding: { x, y, text: { field: 'label', type: 'nominal' } },
  };
  return {
    ...plotFrame('(d) Representation overlap of GD and FA hidden layers at equal loss, flat spectra', [
      `seed ${d.seed} · Y ${d.n}×${d.m}, singular values all 1, rank(Y) ∈ {${d.ranks.join(', ')}}, r = ${d.r}`,
      `${d.drawsPerRank} targets per rank · GD: η = ${formatNumber(d.etaGd)}, init ${formatNumber(d.initScale)}·N(0,1) · FA: from zero, safe η, B ~ N(0, 1/n)`,
      `both run to L*(r) (at most ${d.maxSteps} steps) · max |L_GD - L_FA| / ||Y||² = ${formatNumber(d.maxLossGap)}`,
    ]),
    layer: [...dataLayers, ...legendLayers, labels],
  };
}
