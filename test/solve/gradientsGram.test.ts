import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { gemmTN } from '../../src/kernels/gemmTN.js';
import { toDense, toMatrix } from '../../src/linalg/Dense.js';
import { applyUpdate } from '../../src/solve/applyUpdate.js';
import { gradientsGram } from '../../src/solve/gradientsGram.js';
import { createStepWorkspace } from '../../src/solve/StepWorkspace.js';
import { maxAbs, maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

type RuleName = 'gd' | 'fa';

/** One naive step: E = Z W - Y; Z <- Z - eta E W^T; W <- W - eta M^T E, with M = Z (gd) or B (fa), both old. */
function naiveStep(y: Matrix, z: Matrix, w: Matrix, b: Matrix, rule: RuleName, eta: number) {
  const e = z.mmul(w).sub(y);
  const back = rule === 'gd' ? z : b;
  return {
    loss: e.norm('frobenius') ** 2,
    z: Matrix.sub(z, e.mmul(w.transpose()).mul(eta)),
    w: Matrix.sub(w, back.transpose().mmul(e).mul(eta)),
  };
}

// [n, m, k = rank(Y), r]: tall, wide, square; r below, at and above the rank.
const CASES: ReadonlyArray<readonly [number, number, number, number]> = [
  [5, 3, 3, 1],
  [5, 3, 3, 3],
  [5, 3, 2, 4],
  [3, 5, 3, 2],
  [3, 5, 2, 2],
  [3, 5, 1, 3],
  [4, 4, 4, 2],
  [4, 4, 2, 2],
  [4, 4, 2, 5],
  [1, 4, 1, 1],
  [4, 1, 1, 2],
];
const RULES: readonly RuleName[] = ['gd', 'fa'];
const STEPS = 5;
const ETA = 0.2;

describe('gradientsGram + applyUpdate equal the naive three-product step', () => {
  for (const [n, m, k, r] of CASES) {
    for (const rule of RULES) {
      it(`${rule}: Y ${n}x${m} of rank ${k}, r = ${r}, ${STEPS} steps`, () => {
        const seed = `gram/${rule}/${n}x${m}/k${k}/r${r}`;
        const y = seededLowRank(n, m, k, `${seed}/Y`);
        let z = seededMatrix(n, r, `${seed}/Z`, 0.5);
        let w = seededMatrix(r, m, `${seed}/W`, 0.5);
        const b = seededMatrix(n, r, `${seed}/B`, 1 / Math.sqrt(n));
        const ws = createStepWorkspace(
          n,
          m,
          r,
          toDense(y).data,
          toDense(z).data,
          toDense(w).data,
          rule === 'fa' ? toDense(b).data : null,
        );
        const constant = rule === 'fa';
        if (constant && ws.b !== null) gemmTN(ws.b, ws.y, ws.mty, r, n, m); // B^T Y once, as the loop does
        for (let t = 0; t < STEPS; t++) {
          const expected = naiveStep(y, z, w, b, rule, ETA);
          const backward = rule === 'gd' ? ws.z : (ws.b as Float64Array);
          gradientsGram(ws, backward, constant);
          const gramLoss = ws.sums[0];
          const lossTol = 1e-12 * (1 + expected.loss + ws.yNormSq);
          expect(Math.abs(gramLoss - expected.loss), `${seed}, step ${t}: loss`).toBeLessThanOrEqual(lossTol);
          applyUpdate(ws, ETA);
          const updateSq = ws.sums[1];
          expect(Number.isFinite(updateSq)).toBe(true);
          const magnitude = 1 + maxAbs(expected.z.to1DArray()) + maxAbs(expected.w.to1DArray());
          expect(maxAbsDiff(ws.z, expected.z.to1DArray()), `${seed}, step ${t}: Z`).toBeLessThanOrEqual(
            1e-12 * magnitude,
          );
          expect(maxAbsDiff(ws.w, expected.w.to1DArray()), `${seed}, step ${t}: W`).toBeLessThanOrEqual(
            1e-12 * magnitude,
          );
          z = expected.z;
          w = expected.w;
        }
      });
    }
  }

  it('computes M^T Y itself when the backward matrix is not declared constant (fa)', () => {
    const [n, m, r] = [4, 3, 2];
    const y = seededLowRank(n, m, 2, 'gram/fa-nonconstant/Y');
    const z = seededMatrix(n, r, 'gram/fa-nonconstant/Z');
    const w = seededMatrix(r, m, 'gram/fa-nonconstant/W');
    const b = seededMatrix(n, r, 'gram/fa-nonconstant/B');
    const ws = createStepWorkspace(
      n,
      m,
      r,
      toDense(y).data,
      toDense(z).data,
      toDense(w).data,
      toDense(b).data,
    );
    ws.mty.fill(Number.NaN); // stale: must be recomputed
    gradientsGram(ws, ws.b as Float64Array, false);
    const expected = naiveStep(y, z, w, b, 'fa', 1);
    // With eta = 1, the signals are exactly the differences of the naive step.
    const gz = Matrix.sub(z, expected.z).to1DArray();
    const gw = Matrix.sub(w, expected.w).to1DArray();
    expect(maxAbsDiff(ws.gz, gz)).toBeLessThanOrEqual(1e-12);
    expect(maxAbsDiff(ws.gw, gw)).toBeLessThanOrEqual(1e-12);
  });

  it.each([
    [6, 4, 3, 'gd'],
    [4, 6, 4, 'gd'],
    [5, 5, 2, 'fa'],
  ] as const)(
    'a diagonal target (%i x %i, r = %i, %s) gives the dense products from its diagonal',
    (n, m, r, rule) => {
      // Y = diag(d) padded with zeros, k = 3 < min(n, m) entries: rows and columns beyond k are zero.
      const d = Float64Array.from([1, 0.5, 0.25]);
      const y = new Matrix(n, m);
      d.forEach((v, i) => y.set(i, i, v));
      const z = seededMatrix(n, r, `gram/diag/${n}x${m}/Z`);
      const w = seededMatrix(r, m, `gram/diag/${n}x${m}/W`);
      const b = seededMatrix(n, r, `gram/diag/${n}x${m}/B`);
      const make = (diagonal: boolean) =>
        createStepWorkspace(n, m, r, toDense(y).data, toDense(z).data, toDense(w).data, toDense(b).data, {
          ...(diagonal ? { yDiagonal: d } : {}),
        });
      const dense = make(false);
      const diag = make(true);
      for (const ws of [dense, diag]) {
        ws.ywt.fill(Number.NaN); // stale in both: each must write every entry
        ws.mty.fill(Number.NaN);
        gradientsGram(ws, rule === 'gd' ? ws.z : (ws.b as Float64Array), false);
      }
      expect(maxAbsDiff(diag.ywt, dense.ywt)).toBeLessThanOrEqual(1e-15);
      expect(maxAbsDiff(diag.mty, dense.mty)).toBeLessThanOrEqual(1e-15);
      expect(maxAbsDiff(diag.gz, dense.gz)).toBeLessThanOrEqual(1e-14);
      expect(maxAbsDiff(diag.gw, dense.gw)).toBeLessThanOrEqual(1e-14);
      expect(Math.abs(diag.sums[0] - dense.sums[0])).toBeLessThanOrEqual(1e-14);
    },
  );

  it('returns a loss of exactly ||Y||^2 and zero signals at the zero iterate (gd saddle)', () => {
    const y = Float64Array.from([1, 2, 3, 4]);
    const ws = createStepWorkspace(2, 2, 1, y, new Float64Array(2), new Float64Array(2), null);
    gradientsGram(ws, ws.z, false);
    expect(ws.sums[0]).toBe(30);
    expect(Array.from(ws.gz)).toEqual([0, 0]);
    expect(Array.from(ws.gw)).toEqual([0, 0]);
    const zw = toMatrix({ rows: 2, cols: 1, data: ws.z }).mmul(toMatrix({ rows: 1, cols: 2, data: ws.w }));
    expect(zw.norm('frobenius')).toBe(0);
  });
});
