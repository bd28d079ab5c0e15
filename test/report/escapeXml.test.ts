import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/report/escapeXml.js';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, including one that already looks like an entity', () => {
    expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('replaces characters XML cannot carry and keeps tab, newline, return and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone \uFFFD high, lone \uFFFD low');
    expect(escapeXml('tab\tnl\ncr\r 𝛈 ε ²')).toBe('tab\tnl\ncr\r 𝛈 ε ²');
  });

  it('leaves plain text alone', () => {
    expect(escapeXml('fa-reaches-optimum-for-every-r: r < rank(Y)')).toBe(
      'fa-reaches-optimum-for-every-r: r &lt; rank(Y)',
    );
    expect(escapeXml('')).toBe('');
  });
});
