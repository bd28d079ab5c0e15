import type { Matrix } from 'ml-matrix';
import { jsKernels } from '../kernels/jsKernels.js';
import { toDense } from '../linalg/Dense.js';

/** The unit roundoff `u = 2^-53`. */
const U = Number.EPSILON / 2;

/**
 * Weight of the carried `Y W^T` in a step's size: the solver recomputes it exactly every 64 steps
 * (`YWT_REFRESH`), so one step's rounding of it reaches at most 64 later updates of `Z`, each counted
 * twice in `Q` (docs/theory.md §Claims `fa-discrete-identity`): `2 * 64 / 8 = 16` in units of the
 * tolerance's 8 ulp per step.
 */
const CARRY_WEIGHT = 16;

/**
 * Closed form (4) of docs/theory.md along one discrete FA run, observed iterate by iterate: with
 * `Q = B^T Z + Z^T B - W W^T` and `E_s = Z_s W_s - Y`,
 *
 *   R_t = Q_t - Q_0 + eta^2 sum_{s<t} B^T E_s E_s^T B = 0   exactly in real arithmetic.
 *
 * Feed it `(Z_0, W_0)`, `(Z_1, W_1)`, ... in order ({@link observe}); after each it holds the
 * residual `||R_t||_F`, the rounding allowance of the first `t` steps in units of `u K` (`u = 2^-53`,
 * `K = n + m + r + 4`), their ratio and its largest value so far, and the alignment account
 * `2 <B, Z_t> = ||W_t||_F^2 + tr Q_0 - eta^2 sum_{s<t} ||B^T E_s||_F^2`.
 *
 * Extended care: the drift `eta^2 sum_s B^T E_s E_s^T B` and its trace are summed entry by entry with
 * TwoSum (Knuth), so the sum adds no rounding that grows with `t`; `B^T E_s` is formed as
 * `(B^T Z_s) W_s - B^T Y` (`B^T Y` once), at `O((n + m) r^2)` a step. The allowance (derived in
 * docs/theory.md §Claims `fa-discrete-identity`) is the sum over the steps taken of their sizes
 *
 *   w_s = a_s + b_s + 16 c_s,
 *   a_s = ||B|| (||Z_s|| + ||Z_{s+1}||) + ||W_s||^2 + ||W_{s+1}||^2 + eta^2 ||B^T E_s||^2,
 *   b_s = eta ||B|| (||Z_s|| ||W_s|| + ||Y||) (||W_s|| + ||W_{s+1}||),
 *   c_s = eta ||B|| ||Y|| (||W_s|| + ||W_{s+1}|| + eta ||B|| (||Z_s|| ||W_s|| + ||Y||)),
 *
 * (Frobenius norms), and the identity holds to rounding when `||R_t|| <= 8 u K sum_{s<t} w_s`.
 * @internal
 */
export class DiscreteIdentityAccount {
  readonly n: number;
  readonly m: number;
  readonly r: number;
  private readonly eta: number;
  private readonly b: Float64Array;
  private readonly bty: Float64Array;
  private readonly bNorm: number;
  private readonly yNorm: number;
  /** `eta^2 sum_s H_s H_s^T` as TwoSum pairs, `H_s = B^T E_s` (r x r, row-major). */
  private readonly driftHi: Float64Array;
  private readonly driftLo: Float64Array;
  private readonly q0: Float64Array;
  private readonly q: Float64Array;
  private readonly c: Float64Array;
  private readonly h: Float64Array;
  private readonly hht: Float64Array;
  private driftTraceHi = 0;
  private driftTraceLo = 0;
  private allowanceSum = 0;
  /** Norms of the previous iterate and its `||H||`, for the step's size once the next one is seen. */
  private prev = { z: 0, w: 0, h: 0 };
  private trQ0 = 0;

  /** Iterates observed so far (the last one is `Z_t` with `t = observed - 1`). */
  observed = 0;
  /** `||R_t||_F` of the last iterate. */
  residual = 0;
  /** `||B||_F ||Z_t||_F + ||W_t||_F^2 + eta^2 sum_{s<t} ||B^T E_s||_F^2`: the size of the identity's terms. */
  size = 0;
  /** `sum_{s<t} w_s`: the steps' sizes, the allowance in units of `u K`. */
  allowance = 0;
  /** `||R_t|| / (u K sum_{s<t} w_s)`: ulp per step of the terms' size (0 at `t = 0`). */
  ratio = 0;
  /** The largest {@link ratio} so far, the step where it was, and the largest `||R_t|| / size_t`. */
  worstRatio = 0;
  worstStep = 0;
  worstRelative = 0;
  /** `a(Z_t, B)` as measured, and as the account predicts: `(||W_t||^2 + tr Q_0 - drift_t) / (2 ||Z_t|| ||B||)`. */
  alignment = 0;
  predictedAlignment = 0;
  /** `eta^2 sum_{s<t} ||B^T E_s||_F^2`, the drift term of the account. */
  drift = 0;

  constructor(y: Matrix, b: Matrix, eta: number) {
    const n = y.rows;
    const m = y.columns;
    const r = b.columns;
    this.n = n;
    this.m = m;
    this.r = r;
    this.eta = eta;
    const yd = toDense(y).data;
    this.b = toDense(b).data;
    this.bty = new Float64Array(r * m);
    jsKernels.gemmTN(this.b, yd, this.bty, r, n, m); // B^T Y, once
    this.bNorm = b.norm('frobenius');
    this.yNorm = y.norm('frobenius');
    this.driftHi = new Float64Array(r * r);
    this.driftLo = new Float64Array(r * r);
    this.q0 = new Float64Array(r * r);
    this.q = new Float64Array(r * r);
    this.c = new Float64Array(r * r);
    this.h = new Float64Array(r * m);
    this.hht = new Float64Array(r * r);
  }

  /** `K = n + m + r + 4`: the longest inner products of a step, and the few roundings beside them. */
  get dimension(): number {
    return this.n + this.m + this.r + 4;
  }

  /** Observes the next iterate `(Z_t, W_t)` (row-major, `n x r` and `r x m`), `t = 0` first. */
  observe(z: Float64Array, w: Float64Array): void {
    const { n, m, r, eta, b, c, h, q, hht } = this;
    // C = B^T Z (r x r), H = C W - B^T Y (r x m), Q = C + C^T - W W^T (the register-blocked kernels).
    jsKernels.gemmTN(b, z, c, r, n, r);
    jsKernels.gemmNN(c, w, h, r, r, m);
    let hNormSq = 0;
    for (let p = 0; p < r * m; p++) {
      h[p] -= this.bty[p];
      hNormSq += h[p] * h[p];
    }
    let zNormSq = 0;
    let zb = 0;
    for (let p = 0; p < n * r; p++) {
      zNormSq += z[p] * z[p];
      zb += z[p] * b[p];
    }
    let wNormSq = 0;
    for (let p = 0; p < r * m; p++) wNormSq += w[p] * w[p];
    jsKernels.syrkNT(w, q, r, m); // W W^T, then Q = C + C^T - W W^T in place
    for (let i = 0; i < r; i++)
      for (let j = i; j < r; j++) {
        const v = c[i * r + j] + c[j * r + i] - q[i * r + j];
        q[i * r + j] = v;
        q[j * r + i] = v;
      }
    const zNorm = Math.sqrt(zNormSq);
    const wNorm = Math.sqrt(wNormSq);
    const t = this.observed;
    if (t === 0) {
      this.q0.set(q);
      this.trQ0 = 2 * zb - wNormSq;
    } else {
      // R_t = Q_t - Q_0 + drift (the drift of steps 0..t-1, not yet including this iterate's).
      let rr = 0;
      for (let p = 0; p < r * r; p++) {
        const v = q[p] - this.q0[p] + (this.driftHi[p] + this.driftLo[p]);
        rr += v * v;
      }
      this.residual = Math.sqrt(rr);
      // The size of step t - 1 -> t (docs/theory.md §Claims `fa-discrete-identity`).
      const { z: z0, w: w0, h: h0 } = this.prev;
      const grad = eta * this.bNorm * (z0 * w0 + this.yNorm);
      const a = this.bNorm * (z0 + zNorm) + w0 * w0 + wNormSq + eta * eta * h0 * h0;
      const bTerm = grad * (w0 + wNorm);
      const cTerm = eta * this.bNorm * this.yNorm * (w0 + wNorm + grad);
      this.allowanceSum += a + bTerm + CARRY_WEIGHT * cTerm;
      this.allowance = this.allowanceSum;
      const unit = U * this.dimension * this.allowanceSum;
      this.ratio = this.residual === 0 ? 0 : this.residual / unit;
      this.drift = this.driftTraceHi + this.driftTraceLo;
      this.size = this.bNorm * zNorm + wNormSq + this.drift;
      const relative = this.size > 0 ? this.residual / this.size : this.residual === 0 ? 0 : Infinity;
      // Written so that NaN replaces the worst (a NaN residual is never hidden).
      if (!(this.ratio <= this.worstRatio)) {
        this.worstRatio = this.ratio;
        this.worstStep = t;
      }
      if (!(relative <= this.worstRelative)) this.worstRelative = relative;
    }
    this.alignment = zNorm > 0 && this.bNorm > 0 ? zb / (zNorm * this.bNorm) : 0;
    this.predictedAlignment =
      zNorm > 0 && this.bNorm > 0 ? (wNormSq + this.trQ0 - this.drift) / (2 * zNorm * this.bNorm) : 0;
    // Add this iterate's term eta^2 H H^T to the drift, entry by entry with TwoSum.
    const e2 = eta * eta;
    jsKernels.syrkNT(h, hht, r, m);
    for (let p = 0; p < r * r; p++) this.twoSumInto(p, e2 * hht[p]);
    const s = this.driftTraceHi + e2 * hNormSq;
    const bp = s - this.driftTraceHi;
    this.driftTraceLo += this.driftTraceHi - (s - bp) + (e2 * hNormSq - bp);
    this.driftTraceHi = s;
    this.prev = { z: zNorm, w: wNorm, h: Math.sqrt(hNormSq) };
    this.observed = t + 1;
  }

  private twoSumInto(p: number, x: number): void {
    const hi = this.driftHi[p];
    const s = hi + x;
    const bp = s - hi;
    this.driftLo[p] += hi - (s - bp) + (x - bp);
    this.driftHi[p] = s;
  }
}
