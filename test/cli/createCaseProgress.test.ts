import { describe, expect, it } from 'vitest';
import { createCaseProgress } from '../../src/cli/createCaseProgress.js';
import { createProgress } from '../../src/cli/createProgress.js';

/** A stream that keeps what is written to it; a terminal when `isTTY`. */
function stream(isTTY: boolean): { isTTY: boolean; text: () => string; write: (s: string) => boolean } {
  const chunks: string[] = [];
  return {
    isTTY,
    text: () => chunks.join(''),
    write: (s: string) => {
      chunks.push(s);
      return true;
    },
  };
}

/** What a terminal shows of the text: escape sequences and carriage returns removed. */
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
const visible = (s: string): string => s.replace(ESCAPE, '').replace(/\r/g, '');

describe('createCaseProgress', () => {
  it('off a terminal: no progress callback, and stop writes nothing', () => {
    const out = stream(false);
    const progress = createCaseProgress(out, 10);
    expect(progress.onProgress).toBeUndefined();
    progress.stop();
    expect(out.text()).toBe('');
  });

  it('on a terminal: a bar of the cases run, with the side bound in use', () => {
    const out = stream(true);
    const progress = createCaseProgress(out, 10);
    expect(progress.onProgress).toBeDefined();
    expect(visible(out.text())).toContain('0/10 cases, sides <= , 0.0 s');
    progress.onProgress?.(3, 4);
    progress.onProgress?.(25, 2); // more cases than asked (a search on smaller sides): capped
    progress.stop();
    expect(visible(out.text())).toMatch(/10\/10 cases, sides <= 2, \d+\.\d s/);
  });
});

describe('createProgress on a terminal', () => {
  it('draws a bar with the parts done and the last label', () => {
    const out = stream(true);
    const progress = createProgress(out);
    progress.start(2);
    progress.tick('gd-reaches-optimum: holds (0.10 s)');
    progress.tick('fa-flow-invariant: holds (0.20 s)');
    progress.stop();
    expect(visible(out.text())).toContain('2/2 fa-flow-invariant: holds (0.20 s)');
    expect(out.text()).not.toContain('[1/2]'); // no plain lines on a terminal
  });
});
