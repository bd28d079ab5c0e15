import { gemmNN } from '../dist/src/kernels/gemmNN.js';
import { gemmNT } from '../dist/src/kernels/gemmNT.js';
import { gemmTN } from '../dist/src/kernels/gemmTN.js';

/**
 * The naive three-product step on `Float64Array`s with the suite's own kernels, as the baseline of the
 * Gram form: `E = Z W - Y; Z -= eta E W^T; W -= eta M^T E`, with `M = B` (FA) or the old `Z` (GD).
 * Buffers are allocated here, once; the returned step allocates nothing. `z` and `w` are updated in place.
 * @param {number} n
 * @param {number} m
 * @param {number} r
 * @param {{ y: Float64Array, z: Float64Array, w: Float64Array, b: Float64Array | null }} x
 * @returns {(eta: number) => void}
 */
export function naiveStep(n, m, r, x) {
  const { y, z, w, b } = x;
  const e = new Float64Array(n * m);
  const gz = new Float64Array(n * r);
  const gw = new Float64Array(r * m);
  return (eta) => {
    gemmNN(z, w, e, n, r, m); // Z W
    for (let i = 0; i < n * m; i++) e[i] -= y[i]; // E = Z W - Y
    gemmNT(e, w, gz, n, m, r); // E W^T
    gemmTN(b ?? z, e, gw, r, n, m); // M^T E (the old Z for GD: Z is updated below)
    for (let i = 0; i < n * r; i++) z[i] -= eta * gz[i];
    for (let i = 0; i < r * m; i++) w[i] -= eta * gw[i];
  };
}
