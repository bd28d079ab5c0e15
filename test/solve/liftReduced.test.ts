import { describe, expect, it } from 'vitest';
import { toDense, toMatrix } from '../../src/linalg/Dense.js';
import { liftReduced } from '../../src/solve/liftReduced.js';
import { maxAbsDiff, seededMatrix, seededOrthonormal } from '../_support/seededMatrix.js';

describe('liftReduced: Z = Q_Z z, W = w Q_W^T and ||Z W - Y||^2, against ml-matrix', () => {
  it.each([
    [6, 5, 4, 3, 2], // JavaScript kernels
    [96, 80, 24, 16, 8], // n m r = 61 440: JavaScript
    [128, 96, 48, 32, 16], // WebAssembly
  ])('%i x %i from %i x %i, r = %i', (n, m, d1, d2, r) => {
    const seed = `lift/${n}x${m}/${d1}x${d2}/${r}`;
    const qz = seededOrthonormal(n, d1, `${seed}/qz`);
    const qw = seededOrthonormal(m, d2, `${seed}/qw`);
    const z = seededMatrix(d1, r, `${seed}/z`);
    const w = seededMatrix(r, d2, `${seed}/w`);
    const y = seededMatrix(n, m, `${seed}/Y`);
    const lifted = liftReduced(qz, qw, toDense(z).data, toDense(w).data, toDense(y), r);
    const zFull = qz.mmul(z);
    const wFull = w.mmul(qw.transpose());
    const loss = zFull.mmul(wFull).sub(y).norm('frobenius') ** 2;
    expect([lifted.z.rows, lifted.z.cols, lifted.w.rows, lifted.w.cols]).toEqual([n, r, r, m]);
    expect(maxAbsDiff(lifted.z.data, zFull.to1DArray())).toBeLessThanOrEqual(1e-13);
    expect(maxAbsDiff(lifted.w.data, wFull.to1DArray())).toBeLessThanOrEqual(1e-13);
    expect(Math.abs(lifted.loss - loss)).toBeLessThanOrEqual(1e-13 * loss);
    // The factors are copies: nothing of them is a view of a kernel arena.
    expect(toMatrix(lifted.z).to1DArray()).toEqual(Array.from(lifted.z.data));
    expect(lifted.z.data.buffer.byteLength).toBe(8 * n * r);
    expect(lifted.w.data.buffer.byteLength).toBe(8 * r * m);
  });
});
