import { describe, expect, it } from 'vitest';
import { memoryStream as stream, visible } from '../_support/memoryStream.js';
import { createCaseProgress } from '../../src/cli/createCaseProgress.js';
import { createProgress } from '../../src/cli/createProgress.js';

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
