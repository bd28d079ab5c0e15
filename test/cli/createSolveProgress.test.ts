import { describe, expect, it } from 'vitest';
import { memoryStream as stream, visible } from '../_support/memoryStream.js';
import { createSolveProgress } from '../../src/cli/createSolveProgress.js';
import { fa } from '../../src/rules/fa.js';
import { solveDense } from '../../src/solve/solveDense.js';
import { PROGRESS_EVERY } from '../../src/solve/solveLoop.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

describe('createSolveProgress', () => {
  it('off a terminal: no callback, nothing written', () => {
    const out = stream(false);
    const progress = createSolveProgress(out, 100);
    expect(progress.onProgress).toBeUndefined();
    progress.stop();
    expect(out.text()).toBe('');
  });

  it('on a terminal: steps out of the budget, the loss and the seconds, as the solver calls it', () => {
    const out = stream(true);
    const steps = 3 * PROGRESS_EVERY;
    const progress = createSolveProgress(out, steps);
    const calls: number[] = [];
    solveDense({
      y: toDense(seededLowRank(6, 5, 2, 'progress/Y')),
      r: 2,
      rule: fa,
      eta: 0.1,
      b: toDense(seededMatrix(6, 2, 'progress/B', 0.4)),
      z0: null,
      w0: null,
      stopping: { kind: 'steps', steps },
      divergenceFactor: 1e6,
      traceEvery: 0,
      reduce: false,
      onProgress: (step, loss) => {
        calls.push(step);
        progress.onProgress?.(step, loss);
      },
    });
    progress.stop();
    // Every PROGRESS_EVERY steps, from step 0 to the last step, which is the budget itself.
    expect(calls).toEqual([0, 1, 2, 3].map((k) => k * PROGRESS_EVERY));
    expect(visible(out.text())).toMatch(/3072\/3072 steps, loss \d\.\d{3}(e[-+]\d+)?, \d+\.\d s/);
  });
});
