import type { TopLevelSpec } from 'vega-lite';

/** A layered top-level vega-lite spec: every report plot is one. @internal */
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;

/** The parts every report plot shares: size, fonts, and a title whose subtitle states seed and parameters. @internal */
export type PlotFrame = Pick<LayeredSpec, '$schema' | 'width' | 'height' | 'title' | 'config' | 'background'>;

/**
 * The frame of a report plot: a title, and a subtitle (one or more lines) that states its seed and
 * parameters, so that a plot copied out of the page still says where it came from. Pure.
 * @internal
 */
export function plotFrame(title: string, subtitle: readonly string[]): PlotFrame {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 280,
    background: 'white',
    title: { text: title, subtitle: [...subtitle], anchor: 'start', fontSize: 15, subtitleFontSize: 12 },
    config: {
      font: 'sans-serif',
      axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e6e6e6' },
      legend: { labelFontSize: 11, titleFontSize: 12, orient: 'right' },
      view: { stroke: '#bbbbbb' },
    },
  };
}
