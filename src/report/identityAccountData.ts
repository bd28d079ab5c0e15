import { Matrix } from 'ml-matrix';
import { toDense } from '../linalg/Dense.js';
import { gaussianMatrix } from '../random/gaussianMatrix.js';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { randomTarget } from '../random/randomTarget.js';
import { seededUniform } from '../random/seededUniform.js';
import { fa as faRule } from '../rules/fa.js';
import { solveDense } from '../solve/solveDense.js';
import { DiscreteIdentityAccount } from '../theory/discreteIdentityAccount.js';
import { safeFaStepSize } from '../theory/safeFaStepSize.js';

/**
 * Plot (f): the discrete identity's account of alignment against the alignment measured, along one
 * FA run from zero. Closed form (4) of docs/theory.md gives
 * `2 <B, Z_t> = ||W_t||^2 + tr Q_0 - eta^2 sum_{s<t} ||B^T E_s||^2`, so the account predicts
 * `a(Z_t, B) = (||W_t||^2 + tr Q_0 - drift_t) / (2 ||Z_t|| ||B||)` from the norms of `W` and `Z` and the
 * drift alone. @internal
 */
export interface IdentityAccountData {
  readonly seed: number;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  readonly singularValues: readonly number[];
  readonly steps: number;
  readonly eta: number;
  /** Steps `0..steps`. */
  readonly step: readonly number[];
  /** `a(Z_t, B)` as measured. */
  readonly measured: readonly number[];
  /** `(||W_t||^2 + tr Q_0 - drift_t) / (2 ||Z_t|| ||B||)`: the identity's account (0 while `Z = 0`). */
  readonly accounted: readonly number[];
  /** `drift_t / (2 ||Z_t|| ||B||)`, `drift_t = eta^2 sum_{s<t} ||B^T E_s||^2`: what the drift takes off (0 while `Z = 0`). */
  readonly drift: readonly number[];
  /** The largest `|measured - accounted|` over the steps: rounding. */
  readonly maxGap: number;
  /** The largest ratio of the identity's residual to its rounding allowance, in units of the tolerance's 8 ulp. */
  readonly worstRatio: number;
}

const N = 16;
const M = 12;
const R = 4;
/** Full rank (12), geometric: `s_i = 0.75^(i-1)`. */
const SPECTRUM = Array.from({ length: M }, (_, i) => 0.75 ** i);
const STEPS = 60;

/**
 * FA from zero on one seeded `16 x 12` full-rank target (`s_i = 0.75^(i-1)`), `r = 4`,
 * `B ~ N(0, 1/n)`, at the safe step size, on the full matrices: every iterate observed by
 * {@link DiscreteIdentityAccount}. `Y` and `B` come from `seed`.
 * @internal
 */
export function identityAccountData(seed: number): IdentityAccountData {
  const normal = gaussianSampler(seededUniform(`fa-verify report ${seed} identity-account`));
  const Y = new Matrix(randomTarget(N, M, SPECTRUM, normal).Y);
  const B = new Matrix(gaussianMatrix(N, R, 1 / Math.sqrt(N), normal));
  const eta = safeFaStepSize(SPECTRUM[0], B);
  const account = new DiscreteIdentityAccount(Y, B, eta);
  const bNorm = B.norm('frobenius');
  const step: number[] = [];
  const measured: number[] = [];
  const accounted: number[] = [];
  const drift: number[] = [];
  let maxGap = 0;
  const record = (z: Float64Array, w: Float64Array): void => {
    account.observe(z, w);
    let zNormSq = 0;
    for (const x of z) zNormSq += x * x;
    const denominator = 2 * Math.sqrt(zNormSq) * bNorm;
    step.push(account.observed - 1);
    measured.push(account.alignment);
    accounted.push(account.predictedAlignment);
    drift.push(denominator > 0 ? account.drift / denominator : 0);
    maxGap = Math.max(maxGap, Math.abs(account.alignment - account.predictedAlignment));
  };
  const run = solveDense({
    y: toDense(Y),
    r: R,
    rule: faRule,
    eta,
    b: toDense(B),
    z0: null,
    w0: null,
    stopping: { kind: 'steps', steps: STEPS },
    divergenceFactor: 1e6,
    traceEvery: 0,
    reduce: false,
    onStep: (_t, z, w) => record(z, w),
  });
  record(toDense(run.Z).data, toDense(run.W).data);
  return {
    seed,
    n: N,
    m: M,
    r: R,
    singularValues: SPECTRUM,
    steps: STEPS,
    eta,
    step,
    measured,
    accounted,
    drift,
    maxGap,
    worstRatio: account.worstRatio / 8,
  };
}
