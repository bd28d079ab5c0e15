import { Matrix } from 'ml-matrix';
import {
  checkFactorizationInput,
  checkFiniteEntries,
  type FactorizationInput,
} from '../linalg/checkFactorizationShapes.js';
import { fa } from '../rules/fa.js';
import { gd } from '../rules/gd.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { InputError } from '../linalg/InputError.js';

/**
 * Options of {@link trainTwoLayerNetwork}: the shared vocabulary ({@link FactorizationInput}, ml-matrix
 * `Matrix`), then the network's own fields. Field by field:
 * - `Y` (n x m): the teacher; the targets are `Y X`. `r`: the width of the hidden layer.
 * - `X` (m x N): the inputs, one per column.
 * - `rule`: `gd` (backpropagation) or `fa` (feedback alignment: `B^T` in place of `Z^T`), the
 *   registry's rules (the network computes their backward matrices itself, `Z` and `B`).
 * - `B` (n x r): the fixed feedback matrix; required by `fa`, ignored by `gd` (may be null).
 * - `eta > 0`: the step size. `steps` (integer >= 0): full-batch updates to take.
 * - `Z0` (n x r), `W0` (r x m): the start; null or absent means zero. `gd` needs at least one of
 *   them (zero is its saddle).
 * - `recordEvery` (default 0, none): keep the factors and the loss every so many steps, and at the end.
 * - `divergenceFactor` (default 1e6, as the factorization solver): diverged when the loss exceeds this
 *   times `max(initial loss, ||Y X||_F^2 / (2N))`.
 * @internal
 */
export interface TwoLayerNetworkOptions extends FactorizationInput {
  readonly X: Matrix;
  readonly rule: LearningRule;
  readonly eta: number;
  readonly steps: number;
  readonly recordEvery?: number;
  readonly divergenceFactor?: number;
}

/** The network after `step` updates; `networkLoss` as in {@link TwoLayerNetworkResult}. @internal */
export interface TwoLayerRecord {
  readonly step: number;
  readonly networkLoss: number;
  readonly Z: Matrix;
  readonly W: Matrix;
}

/**
 * The outcome of {@link trainTwoLayerNetwork}. `networkLoss` is the network's own objective
 * `1/(2N) ||Z W X - Y X||_F^2` (with isotropic inputs, half the factorization loss `||Z W - Y||_F^2`).
 * Never NaN or infinite: an update that would make a factor or the loss non-finite is not applied, and
 * the run stops with `reason: 'diverged'`; it also stops so, after the update, when the loss exceeds the
 * divergence bound.
 * @internal
 */
export interface TwoLayerNetworkResult {
  readonly Z: Matrix;
  readonly W: Matrix;
  readonly networkLoss: number;
  /** Updates applied. */
  readonly steps: number;
  readonly reason: 'steps' | 'diverged';
  /** Empty unless `recordEvery > 0`. */
  readonly history: TwoLayerRecord[];
}

function isFiniteMatrix(a: Matrix): boolean {
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.columns; j++) if (!Number.isFinite(a.get(i, j))) return false;
  return true;
}

/** Validated options with the shapes spelled out. */
interface Checked {
  readonly n: number;
  readonly m: number;
  readonly N: number;
  readonly r: number;
  readonly b: Matrix | null;
  readonly every: number;
  readonly divergenceFactor: number;
}

/** Validates once; throws an {@link InputError} naming the first bad field. */
function check(o: TwoLayerNetworkOptions): Checked {
  const { X, rule, eta, steps } = o;
  const { n, m, r } = checkFactorizationInput(o);
  if (!(X instanceof Matrix)) throw new InputError('X', undefined, 'must be an ml-matrix Matrix');
  const N = X.columns;
  if (X.rows !== m || N < 1) {
    throw new InputError('X', undefined, `is ${X.rows} x ${N}, not ${m} x N with N >= 1 (m x N)`);
  }
  checkFiniteEntries('X', X);
  if (rule !== gd && rule !== fa) {
    const name = typeof rule === 'object' && rule !== null ? (rule as LearningRule).name : rule;
    throw new InputError('rule', name, 'must be the rule object gd or fa, not a name or a copy');
  }
  if (!Number.isFinite(eta) || eta <= 0) throw new InputError('eta', eta, 'must be finite and > 0');
  if (!Number.isInteger(steps) || steps < 0) throw new InputError('steps', steps, 'must be an integer >= 0');
  const every = o.recordEvery ?? 0;
  if (!Number.isInteger(every) || every < 0)
    throw new InputError('recordEvery', every, 'must be an integer >= 0');
  const divergenceFactor = o.divergenceFactor ?? 1e6;
  if (Number.isNaN(divergenceFactor) || divergenceFactor <= 1)
    throw new InputError('divergenceFactor', divergenceFactor, 'must be > 1');
  const b = rule === fa ? (o.B ?? null) : null;
  if (rule === fa && b === null) throw new InputError('B', undefined, 'is required by rule "fa"');
  if (rule === gd && o.Z0 == null && o.W0 == null) {
    throw new InputError('Z0', undefined, 'rule "gd" needs a start: Z0, W0 or both');
  }
  return { n, m, N, r, b, every, divergenceFactor };
}

/**
 * Trains the two-layer linear network `x -> Z W x` full batch on the inputs `X` (m x N) with targets
 * `Y X`, on the loss `1/(2N) ||Z W X - Y X||_F^2`. Each step computes the hidden activations
 * `H = W X`, the output error `P = Z H - Y X`, and updates both layers from the old ones:
 *
 *   Z <- Z - eta P H^T / N          = Z - eta (Z W X - Y X) X^T W^T / N
 *   W <- W - eta M^T P X^T / N      with M = Z (gd) or B (fa).
 *
 * Written plainly on ml-matrix, the literal network computation (independent of the factorization
 * solver's Gram form), costing `O((n + m) r N)` per step. Bad options throw an {@link InputError}.
 * @public
 */
export function trainTwoLayerNetwork(o: TwoLayerNetworkOptions): TwoLayerNetworkResult {
  const { n, m, N, r, b, every, divergenceFactor } = check(o);
  const { X: x, eta, steps } = o;
  const xt = x.transpose();
  const yx = o.Y.mmul(x); // the targets, n x N
  /** Hidden activations `H = W X`, output error `P = Z H - Y X`, and the loss, at `(z, w)`. */
  const forward = (z: Matrix, w: Matrix): { h: Matrix; p: Matrix; loss: number } => {
    const h = w.mmul(x);
    const p = z.mmul(h).sub(yx);
    return { h, p, loss: p.norm('frobenius') ** 2 / (2 * N) };
  };

  let z = o.Z0 == null ? Matrix.zeros(n, r) : o.Z0.clone();
  let w = o.W0 == null ? Matrix.zeros(r, m) : o.W0.clone();
  let state = forward(z, w);
  const bound =
    divergenceFactor * Math.max(state.loss, yx.norm('frobenius') ** 2 / (2 * N), Number.MIN_VALUE);
  const history: TwoLayerRecord[] = [];
  const record = (t: number): void => {
    if (every > 0) history.push({ step: t, networkLoss: state.loss, Z: z.clone(), W: w.clone() });
  };
  record(0);
  let reason: 'steps' | 'diverged' = 'steps';
  let t = 0;
  while (t < steps) {
    const { h, p } = state;
    const back = b ?? z; // M: the fixed B for fa, the true Z for gd
    const zNew = p
      .mmul(h.transpose())
      .mul(-eta / N)
      .add(z); // Z - eta P H^T / N
    const wNew = back
      .transpose()
      .mmul(p)
      .mmul(xt)
      .mul(-eta / N)
      .add(w); // W - eta M^T P X^T / N
    const next = forward(zNew, wNew);
    if (!isFiniteMatrix(zNew) || !isFiniteMatrix(wNew) || !Number.isFinite(next.loss)) {
      reason = 'diverged'; // nothing applied: the factors and the loss stay finite
      break;
    }
    z = zNew;
    w = wNew;
    state = next;
    t++;
    if (t % every === 0) record(t);
    if (state.loss > bound) {
      reason = 'diverged';
      break;
    }
  }
  if (every > 0 && history[history.length - 1].step !== t) record(t);
  return { Z: z, W: w, networkLoss: state.loss, steps: t, reason, history };
}
