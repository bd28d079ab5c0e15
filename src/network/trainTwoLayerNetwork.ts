import { Matrix } from 'ml-matrix';
import { InputError } from '../solve/InputError.js';

/**
 * Options of {@link trainTwoLayerNetwork}, field by field:
 * - `x` (m x N): the inputs, one per column. `y` (n x m): the teacher; the targets are `Y X`.
 * - `rule`: `gd` (backpropagation) or `fa` (feedback alignment: `B^T` in place of `Z^T`).
 * - `b` (n x r): the fixed feedback matrix; required by `fa`, ignored by `gd` (may be null).
 * - `eta > 0`: the step size. `steps` (integer >= 0): full-batch updates to take.
 * - `z0` (n x r), `w0` (r x m): the start; null or absent means zero. `gd` needs at least one of
 *   them (zero is its saddle). The width `r` is taken from `z0`, else `w0`, else `b`.
 * - `recordEvery` (default 0, none): keep the factors and the loss every so many steps, and at the end.
 * - `divergenceFactor` (default 1e6, as the factorization solver): diverged when the loss exceeds this
 *   times `max(initial loss, ||Y X||_F^2 / (2N))`.
 * @public
 */
export interface TwoLayerNetworkOptions {
  readonly x: Matrix;
  readonly y: Matrix;
  readonly b: Matrix | null;
  readonly rule: 'gd' | 'fa';
  readonly eta: number;
  readonly steps: number;
  readonly z0?: Matrix | null;
  readonly w0?: Matrix | null;
  readonly recordEvery?: number;
  readonly divergenceFactor?: number;
}

/** The network after `step` updates; `networkLoss` as in {@link TwoLayerNetworkResult}. @public */
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
 * @public
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

function checkMatrix(name: string, a: Matrix, rows: number, cols: number): void {
  if (a.rows !== rows || a.columns !== cols) {
    throw new InputError(name, `${a.rows} x ${a.columns}`, `must be ${rows} x ${cols}`);
  }
  if (!isFiniteMatrix(a)) throw new InputError(name, undefined, 'every entry must be finite');
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
  const { x, y, rule, eta, steps } = o;
  const n = y.rows;
  const m = y.columns;
  const N = x.columns;
  if (n < 1 || m < 1) throw new InputError('y', `${n} x ${m}`, 'must have at least one row and column');
  checkMatrix('y', y, n, m);
  if (N < 1) throw new InputError('x', `${x.rows} x ${N}`, 'must have at least one column');
  checkMatrix('x', x, m, N);
  if (rule !== 'gd' && rule !== 'fa') throw new InputError('rule', rule, 'must be "gd" or "fa"');
  if (!Number.isFinite(eta) || eta <= 0) throw new InputError('eta', eta, 'must be finite and > 0');
  if (!Number.isInteger(steps) || steps < 0) throw new InputError('steps', steps, 'must be an integer >= 0');
  const every = o.recordEvery ?? 0;
  if (!Number.isInteger(every) || every < 0)
    throw new InputError('recordEvery', every, 'must be an integer >= 0');
  const divergenceFactor = o.divergenceFactor ?? 1e6;
  if (Number.isNaN(divergenceFactor) || divergenceFactor <= 1)
    throw new InputError('divergenceFactor', divergenceFactor, 'must be > 1');
  const b = rule === 'fa' ? (o.b ?? null) : null;
  if (rule === 'fa' && b === null) throw new InputError('b', undefined, 'is required by "fa"');
  const r = o.z0?.columns ?? o.w0?.rows ?? b?.columns ?? 0; // 0 only for gd without a start
  if (r < 1) throw new InputError('z0', undefined, '"gd" needs a start: z0, w0 or both');
  if (b !== null) checkMatrix('b', b, n, r);
  if (o.z0 != null) checkMatrix('z0', o.z0, n, r);
  if (o.w0 != null) checkMatrix('w0', o.w0, r, m);
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
  const { x, eta, steps } = o;
  const xt = x.transpose();
  const yx = o.y.mmul(x); // the targets, n x N
  /** Hidden activations `H = W X`, output error `P = Z H - Y X`, and the loss, at `(z, w)`. */
  const forward = (z: Matrix, w: Matrix): { h: Matrix; p: Matrix; loss: number } => {
    const h = w.mmul(x);
    const p = z.mmul(h).sub(yx);
    return { h, p, loss: p.norm('frobenius') ** 2 / (2 * N) };
  };

  let z = o.z0 == null ? Matrix.zeros(n, r) : o.z0.clone();
  let w = o.w0 == null ? Matrix.zeros(r, m) : o.w0.clone();
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
