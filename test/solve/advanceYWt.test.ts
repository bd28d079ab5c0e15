import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { gemmNN } from '../../src/kernels/gemmNN.js';
import { gemmTN } from '../../src/kernels/gemmTN.js';
import { toDense, toMatrix } from '../../src/linalg/Dense.js';
import { fa } from '../../src/rules/fa.js';
import { advanceYWt } from '../../src/solve/advanceYWt.js';
import { applyUpdate } from '../../src/solve/applyUpdate.js';
import { gradientsGram } from '../../src/solve/gradientsGram.js';
import { createStepWorkspace, type StepWorkspace } from '../../src/solve/StepWorkspace.js';
import { solveCaseFile } from '../_support/solveCaseFile.js';
import { maxAbs, maxAbsDiff, seededMatrix } from '../_support/seededMatrix.js';

/** A workspace for FA on seeded full-rank data, with `B^T Y` and `Y Y^T B` precomputed as the loop does. */
function faWorkspace(n: number, m: number, r: number, seed: string): StepWorkspace {
  const ws = createStepWorkspace(
    n,
    m,
    r,
    toDense(seededMatrix(n, m, `${seed}/Y`)).data,
    toDense(seededMatrix(n, r, `${seed}/Z`, 0.3)).data,
    toDense(seededMatrix(r, m, `${seed}/W`, 0.3)).data,
    toDense(seededMatrix(n, r, `${seed}/B`, 1 / Math.sqrt(n))).data,
  );
  const b = ws.b as Float64Array;
  gemmTN(b, ws.y, ws.mty, r, n, m);
  const ytb = new Float64Array(m * r);
  gemmTN(ws.y, b, ytb, m, n, r);
  gemmNN(ws.y, ytb, ws.yytm, n, m, r);
  return ws;
}

/** `Y W^T` of the workspace's current W, by ml-matrix. */
const exactYWt = (ws: StepWorkspace): number[] =>
  toMatrix({ rows: ws.n, cols: ws.m, data: ws.y })
    .mmul(toMatrix({ rows: ws.r, cols: ws.m, data: ws.w }).transpose())
    .to1DArray();

describe('advanceYWt', () => {
  for (const [n, m, r] of [
    [6, 5, 2],
    [5, 9, 3],
    [12, 12, 4],
    [1, 3, 1],
  ] as const) {
    it(`${n} x ${m}, r = ${r}: after an FA update, ws.ywt is Y W'^T of the new W`, () => {
      const ws = faWorkspace(n, m, r, `advance/${n}/${m}/${r}`);
      gradientsGram(ws, fa.backward(ws.z, ws.b), true);
      applyUpdate(ws, 0.05);
      advanceYWt(ws, 0.05);
      const exact = exactYWt(ws);
      expect(maxAbsDiff(ws.ywt, exact)).toBeLessThanOrEqual(1e-13 * (1 + maxAbs(exact)));
    });
  }

  it('carried over 63 steps (one refresh period) it stays within 1e-12 of the exact product', () => {
    const ws = faWorkspace(20, 16, 4, 'advance/carried');
    for (let t = 0; t < 63; t++) {
      gradientsGram(ws, fa.backward(ws.z, ws.b), true, t > 0);
      applyUpdate(ws, 0.05);
      advanceYWt(ws, 0.05);
    }
    const exact = exactYWt(ws);
    expect(maxAbsDiff(ws.ywt, exact)).toBeLessThanOrEqual(1e-12 * (1 + maxAbs(exact)));
  });

  it('an FA run of 3000 steps on a full-rank target matches three naive products every step', () => {
    const y = seededMatrix(20, 16, 'advance/run/Y').mul(0.3);
    const b = seededMatrix(20, 4, 'advance/run/B', 1 / Math.sqrt(20));
    const input = { Y: y.to2DArray(), r: 4, rule: 'fa', eta: 0.1, steps: 3000, B: b.to2DArray() };
    // On the full matrices (reduced, FA from zero would run 4 x 4), so that the carried Y W^T is used.
    const got = solveCaseFile({ ...input, reduce: false });
    expect(got.subspace).toBeUndefined();
    let z = new Matrix(20, 4);
    let w = new Matrix(4, 16);
    for (let t = 0; t < 3000; t++) {
      const e = z.mmul(w).sub(y);
      const zNext = Matrix.sub(z, e.mmul(w.transpose()).mul(0.1));
      w = Matrix.sub(w, b.transpose().mmul(e).mul(0.1));
      z = zNext;
    }
    const refLoss = z.mmul(w).sub(y).norm('frobenius') ** 2;
    expect(Math.abs(got.loss - refLoss)).toBeLessThanOrEqual(1e-10 * refLoss);
    expect(maxAbsDiff(got.Z.mmul(got.W).to1DArray(), z.mmul(w).to1DArray())).toBeLessThanOrEqual(1e-10);
  });
});
