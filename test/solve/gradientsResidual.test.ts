import { describe, expect, it } from 'vitest';
import { gemmTN } from '../../src/kernels/gemmTN.js';
import { toDense } from '../../src/linalg/Dense.js';
import { gradientsGram } from '../../src/solve/gradientsGram.js';
import { gradientsResidual } from '../../src/solve/gradientsResidual.js';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';
import { maxAbs, maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

// [n, m, r]: tall, wide, square, one row, one column; r below and above the sides.
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [5, 3, 2],
  [3, 5, 4],
  [4, 4, 4],
  [1, 4, 2],
  [4, 1, 3],
  [9, 7, 5],
  [16, 16, 16],
];

describe('gradientsResidual', () => {
  for (const [n, m, r] of SHAPES) {
    for (const rule of ['gd', 'fa'] as const) {
      it(`${rule} ${n}x${m}, r = ${r}: E W^T, M^T E and ||E||^2 match ml-matrix and the Gram form`, () => {
        const seed = `residual/${rule}/${n}/${m}/${r}`;
        const y = seededLowRank(n, m, Math.min(n, m), `${seed}/Y`);
        const z = seededMatrix(n, r, `${seed}/Z`, 0.5);
        const w = seededMatrix(r, m, `${seed}/W`, 0.5);
        const b = seededMatrix(n, r, `${seed}/B`, 0.5);
        const back = rule === 'gd' ? z : b;
        const ws = createStepWorkspace(
          n,
          m,
          r,
          toDense(y).data,
          toDense(z).data,
          toDense(w).data,
          toDense(b).data,
        );
        const backward = rule === 'gd' ? ws.z : (ws.b as Float64Array);
        gradientsResidual(ws, backward);
        const loss = ws.sums[0];
        const e = ws.e;

        const ref = z.mmul(w).sub(y);
        const scale = 1 + maxAbs(ref.to1DArray());
        expect(maxAbsDiff(e, ref.to1DArray()), seed).toBeLessThanOrEqual(1e-13 * scale);
        expect(Math.abs(loss - ref.norm('frobenius') ** 2), seed).toBeLessThanOrEqual(1e-12 * scale * scale);
        const gz = Float64Array.from(ws.gz);
        const gw = Float64Array.from(ws.gw);
        expect(maxAbsDiff(gz, ref.mmul(w.transpose()).to1DArray()), seed).toBeLessThanOrEqual(1e-12 * scale);
        expect(maxAbsDiff(gw, back.transpose().mmul(ref).to1DArray()), seed).toBeLessThanOrEqual(
          1e-12 * scale,
        );

        // The sibling: the Gram form computes the same signals and loss on the same workspace.
        gemmTN(backward, ws.y, ws.mty, r, n, m);
        gradientsGram(ws, backward, false);
        const gramLoss = ws.sums[0];
        expect(Math.abs(gramLoss - loss), seed).toBeLessThanOrEqual(1e-11 * scale * scale);
        expect(maxAbsDiff(ws.gz, gz), seed).toBeLessThanOrEqual(1e-12 * scale);
        expect(maxAbsDiff(ws.gw, gw), seed).toBeLessThanOrEqual(1e-12 * scale);
      });
    }
  }

  it('reads only its inputs: Y, Z, W and the backward matrix are left as they were', () => {
    const y = seededMatrix(3, 4, 'residual/inputs/Y');
    const ws = createStepWorkspace(
      3,
      4,
      2,
      toDense(y).data,
      toDense(seededMatrix(3, 2, 'residual/inputs/Z')).data,
      toDense(seededMatrix(2, 4, 'residual/inputs/W')).data,
      toDense(seededMatrix(3, 2, 'residual/inputs/B')).data,
    );
    const before = [ws.y, ws.z, ws.w, ws.b as Float64Array].map((a) => Array.from(a));
    gradientsResidual(ws, ws.b as Float64Array);
    expect([ws.y, ws.z, ws.w, ws.b as Float64Array].map((a) => Array.from(a))).toEqual(before);
  });
});
