import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../../src/solve/applyUpdate.js';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';

function workspace() {
  // n = 2, m = 3, r = 1
  const ws = createStepWorkspace(
    2,
    3,
    1,
    new Float64Array(6),
    Float64Array.from([1, 2]),
    Float64Array.from([3, 4, 5]),
    null,
  );
  ws.gz.set([1, -1]);
  ws.gw.set([2, 0, -2]);
  return ws;
}

describe('applyUpdate', () => {
  it('applies Z -= eta gz, W -= eta gw and writes eta^2 (||gz||^2 + ||gw||^2) to sums[1]', () => {
    const ws = workspace();
    applyUpdate(ws, 0.5);
    expect(ws.sums[1]).toBe(0.25 * (2 + 8));
    expect(Array.from(ws.z)).toEqual([0.5, 2.5]);
    expect(Array.from(ws.w)).toEqual([2, 4, 6]);
  });

  it('applies nothing when the update is not finite, so the factors stay finite', () => {
    const ws = workspace();
    ws.gw[1] = Number.POSITIVE_INFINITY;
    applyUpdate(ws, 0.5);
    expect(Number.isFinite(ws.sums[1])).toBe(false);
    expect(Array.from(ws.z)).toEqual([1, 2]);
    expect(Array.from(ws.w)).toEqual([3, 4, 5]);

    const overflow = workspace();
    applyUpdate(overflow, 1e200);
    expect(overflow.sums[1]).toBe(Number.POSITIVE_INFINITY); // eta^2 overflows
    expect(Array.from(overflow.z)).toEqual([1, 2]);
    expect(Array.from(overflow.w)).toEqual([3, 4, 5]);
  });

  it('applies nothing on a NaN signal', () => {
    const ws = workspace();
    ws.gz[0] = Number.NaN;
    applyUpdate(ws, 0.1);
    expect(ws.sums[1]).toBeNaN();
    expect(Array.from(ws.z)).toEqual([1, 2]);
  });
});
