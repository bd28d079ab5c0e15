import { toDense } from '../linalg/Dense.js';
import { DiscreteIdentityAccount } from '../theory/discreteIdentityAccount.js';
import { seededFaRuns } from './seededFaRuns.js';

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
 * `B ~ N(0, 1/n)`, at the safe step size, on the full matrices ({@link seededFaRuns}): every iterate
 * observed by {@link DiscreteIdentityAccount}. `Y` and `B` come from `seed`.
 * @internal
 */
export function identityAccountData(seed: number): IdentityAccountData {
  // Every iterate of the run on the full matrices, copied (the loop reuses its buffers), then the last.
  const iterates: Array<readonly [Float64Array, Float64Array]> = [];
  const {
    Y,
    feedbacks: [B],
    eta,
    runs: [run],
  } = seededFaRuns({
    seed,
    stream: 'identity-account',
    n: N,
    m: M,
    r: R,
    singularValues: SPECTRUM,
    steps: STEPS,
    traceEvery: 0,
    onStep: (z, w) => iterates.push([z.slice(), w.slice()]),
  });
  iterates.push([toDense(run.Z).data, toDense(run.W).data]);
  const account = new DiscreteIdentityAccount(Y, B, eta);
  const bNorm = B.norm('frobenius');
  const step: number[] = [];
  const measured: number[] = [];
  const accounted: number[] = [];
  const drift: number[] = [];
  let maxGap = 0;
  for (const [z, w] of iterates) {
    account.observe(z, w);
    let zNormSq = 0;
    for (const x of z) zNormSq += x * x;
    const denominator = 2 * Math.sqrt(zNormSq) * bNorm;
    step.push(account.observed - 1);
    measured.push(account.alignment);
    accounted.push(account.predictedAlignment);
    drift.push(denominator > 0 ? account.drift / denominator : 0);
    maxGap = Math.max(maxGap, Math.abs(account.alignment - account.predictedAlignment));
  }
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
