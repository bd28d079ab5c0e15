import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/report/renderSvg.js';
import { plotFrame, type LayeredSpec } from '../../src/report/plotFrame.js';

const spec = (values: Array<Record<string, unknown>>): LayeredSpec => ({
  ...plotFrame('a test plot', ['seed 0 · one line']),
  layer: [
    {
      data: { values },
      mark: 'line',
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
    },
  ],
});

describe('renderSvg', () => {
  it('renders a spec to one SVG element with a drawn line, the same string every time', async () => {
    const values = [
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
    ];
    const svg = await renderSvg(spec(values));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(/class="mark-line role-mark[^"]*"[^>]*><path[^>]* d="M[^"]+"/);
    expect(svg).toContain('a test plot');
    expect(await renderSvg(spec(values))).toBe(svg);
  });

  it('refuses a spec that vega-lite warns about (an encoding it would drop)', async () => {
    const bad = spec([{ x: 0, y: 1 }]);
    const dropped = {
      ...bad,
      layer: [
        { ...bad.layer[0], mark: 'bar', encoding: { ...bad.layer[0].encoding, shape: { field: 'x' } } },
      ],
    } as LayeredSpec;
    await expect(renderSvg(dropped)).rejects.toThrow(/^vega: warn: shape dropped/);
  });

  it('fetches nothing: data by URL is refused', async () => {
    const remote = {
      ...spec([]),
      layer: [{ ...spec([]).layer[0], data: { url: 'http://127.0.0.1:9/data.json' } }],
    } as LayeredSpec;
    await expect(renderSvg(remote)).rejects.toThrow(/load nothing/);
  });
});
