import { describe, expect, it } from 'vitest';
import { valueHtml } from '../../src/report/valueHtml.js';

describe('valueHtml', () => {
  it('formats numbers, vectors and matrices', () => {
    expect(valueHtml(0.9931160484209337)).toBe('<span class="num">0.993116</span>');
    expect(valueHtml([1, 0.5])).toBe('<span class="num">[1, 0.5]</span>');
    expect(valueHtml(new Float64Array([2, Number.NaN]))).toBe('<span class="num">[2, NaN]</span>');
    expect(
      valueHtml([
        [1, 0],
        [0, 0.25],
      ]),
    ).toBe('<table class="matrix"><tr><td>1</td><td>0</td></tr><tr><td>0</td><td>0.25</td></tr></table>');
  });

  it('escapes strings and objects, and spells out non-finite numbers inside objects', () => {
    expect(valueHtml('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(valueHtml({ a: '<x>', b: Number.POSITIVE_INFINITY })).toBe(
      '<code>{&quot;a&quot;:&quot;&lt;x&gt;&quot;,&quot;b&quot;:&quot;Infinity&quot;}</code>',
    );
    expect(valueHtml(null)).toBe('null');
    expect(valueHtml(true)).toBe('true');
    expect(valueHtml([])).toBe('<span class="num">[]</span>');
  });
});
