import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/createProgress.js';

/** A stream that is not a terminal and keeps what is written to it. */
function pipe(isTTY?: boolean): { isTTY?: boolean; text: () => string; write: (s: string) => boolean } {
  const chunks: string[] = [];
  return {
    ...(isTTY === undefined ? {} : { isTTY }),
    text: () => chunks.join(''),
    write: (s: string) => {
      chunks.push(s);
      return true;
    },
  };
}

describe('createProgress off a terminal', () => {
  it('writes one plain line per finished part: [i/N] label', () => {
    const out = pipe(false);
    const progress = createProgress(out);
    progress.start(3);
    progress.tick('gd-reaches-optimum: holds (0.56 s)');
    progress.tick('fa-alignment-monotone: refuted (0.51 s)');
    progress.tick('fa-flow-invariant: holds (0.85 s)');
    progress.stop();
    expect(out.text()).toBe(
      '[1/3] gd-reaches-optimum: holds (0.56 s)\n' +
        '[2/3] fa-alignment-monotone: refuted (0.51 s)\n' +
        '[3/3] fa-flow-invariant: holds (0.85 s)\n',
    );
  });

  it('treats a stream without isTTY as no terminal, and starts counting again on start', () => {
    const out = pipe();
    const progress = createProgress(out);
    progress.start(1);
    progress.tick('a');
    progress.start(2);
    progress.tick('b');
    progress.stop();
    expect(out.text()).toBe('[1/1] a\n[1/2] b\n');
  });

  it('writes nothing for start and stop alone (no escape codes, no bar)', () => {
    const out = pipe(false);
    const progress = createProgress(out);
    progress.start(5);
    progress.stop();
    expect(out.text()).toBe('');
  });
});
