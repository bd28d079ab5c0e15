import type { FactorizationInput } from '../linalg/checkFactorizationShapes.js';
import { dot } from '../kernels/dot.js';
import { toDense, toMatrix, type Dense } from '../linalg/Dense.js';
import { InputError } from '../linalg/InputError.js';
import { randomFactors } from '../random/randomFactors.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { ruleNames, ruleRegistry } from '../rules/ruleRegistry.js';
import { faLimit } from '../theory/faLimit.js';
import { optimalLoss } from '../theory/optimalLoss.js';
import { optimalLossFromSpectrum } from '../theory/optimalLossFromSpectrum.js';
import { Matrix } from 'ml-matrix';
import { parseSolveCase } from './parseSolveCase.js';
import type { SolveCase } from './solveCaseSchema.js';
import { solveDense } from './solveDense.js';
import type { Solution } from './Solution.js';
import { alignment } from '../theory/alignment.js';
import type { LoopStopping } from './solveLoop.js';

/**
 * Options of {@link solve}: the shared vocabulary ({@link FactorizationInput}: `Y`, `r`, `B`, `Z0`,
 * `W0` as ml-matrix `Matrix`, `null` or absent meaning none), the `rule` (a registered
 * {@link LearningRule}: `gd`, `fa`) and the step size `eta`, then the fields of a case file that say
 * how to start and when to stop, with the same names and meanings ({@link solveCaseSchema}): `init`,
 * `steps` or `maxSteps` with `tol`, `target`, `stationaryTol`, `divergenceFactor`, `traceEvery`,
 * `reduce`, `kernels`.
 * @public
 */
export interface SolveOptions extends FactorizationInput {
  readonly rule: LearningRule;
  readonly eta: number;
  /** Weight decay (see the case file's `lambda`): required by `kp`, optional for the others. */
  readonly lambda?: number;
  /** `mixed`'s share of `Z` in its backward matrix, in `[0, 1]` (required by `mixed` only). */
  readonly rho?: number;
  readonly init?: { readonly scale: number; readonly seed: string };
  readonly steps?: number;
  readonly maxSteps?: number;
  readonly tol?: number;
  readonly target?: 'optimal' | 'fa-limit' | number;
  readonly stationaryTol?: number;
  readonly divergenceFactor?: number;
  readonly traceEvery?: number;
  readonly reduce?: boolean;
  readonly kernels?: 'auto' | 'wasm' | 'js';
}

const MATRIX_FIELDS: ReadonlySet<string> = new Set(['Y', 'B', 'Z0', 'W0']);

/**
 * The case a case file would hold for these options: matrices as nested rows, the rule by its
 * registered name, `null` matrices left out. Anything else is passed on for the schema to judge
 * (an unknown field is refused there).
 */
function caseOf(o: SolveOptions): Record<string, unknown> {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    throw new InputError('case', o, 'must be an object of options');
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) {
    if (MATRIX_FIELDS.has(key)) {
      if (value === null || value === undefined) continue;
      if (!(value instanceof Matrix)) throw new InputError(key, undefined, 'must be an ml-matrix Matrix');
      out[key] = value.to2DArray();
    } else if (key === 'rule') {
      const rule = value as LearningRule | undefined;
      const name = typeof rule === 'object' && rule !== null ? rule.name : rule;
      if (typeof name !== 'string' || !Object.hasOwn(ruleRegistry, name) || ruleRegistry[name] !== rule) {
        throw new InputError(
          'rule',
          name,
          `must be a registered rule object (${ruleNames.join(', ')}), not a name or a copy`,
        );
      }
      out[key] = name;
    } else out[key] = value;
  }
  return out;
}

/**
 * Runs one learning rule on one case: the validated entry of the solver. Returns the run with the
 * oracles beside it ({@link Solution}: `optimalLoss`, and with `B` the `alignment` and `faLimitLoss`),
 * exactly what `fa-verify solve` prints. Bad options throw an {@link InputError} naming the field (the
 * case file's schema, {@link solveCaseSchema}, judges them; the shapes by {@link checkFactorizationShapes}).
 * @public
 */
export function solve(options: SolveOptions): Solution {
  return solveValidCase(parseSolveCase(caseOf(options)));
}

/**
 * Runs a case that {@link parseSolveCase} has accepted, without judging it again: the CLI parses a
 * case file once and runs it here.
 * @internal
 */
export function solveValidCase(c: SolveCase, onProgress?: (step: number, loss: number) => void): Solution {
  // Y and B as row-major storage once, for the run and the oracles (never written).
  const y = toDense(c.Y);
  const feedback = c.B === undefined ? null : toDense(c.B);
  // The oracles, each computed once: a target of "optimal" or "fa-limit" needs one before the run,
  // and the report both after it.
  let optimal: number | undefined;
  const optimalOf = (): number => (optimal ??= optimalLoss(y, c.r));
  let limit: number | undefined;
  const limitOf = (b: Dense): number => (limit ??= faLimit(y, b).loss);
  const n = y.rows;
  const m = y.cols;
  // The rule of this run: the registered one with the case's parameters (lambda, rho) bound.
  const rule = ruleRegistry[c.rule].withValues({ lambda: c.lambda, rho: c.rho });
  let z0 = c.Z0 === undefined ? null : toDense(c.Z0);
  let w0 = c.W0 === undefined ? null : toDense(c.W0);
  if (c.init !== undefined) ({ z0, w0 } = randomFactors(n, m, c.r, c.init.scale, c.init.seed));
  let stopping: LoopStopping;
  if (c.steps !== undefined) stopping = { kind: 'steps', steps: c.steps };
  else {
    const yNormSq = dot(y.data, y.data, n * m);
    const goal = c.target ?? 'optimal';
    const targetLoss =
      goal === 'optimal' ? optimalOf() : goal === 'fa-limit' ? limitOf(feedback as Dense) : goal;
    stopping = {
      kind: 'until',
      maxSteps: c.maxSteps as number,
      targetLoss: targetLoss + (c.tol ?? 1e-10) * yNormSq,
      stationaryTol: c.stationaryTol ?? 1e-12,
    };
  }
  const { spectrum, ...result } = solveDense({
    y,
    r: c.r,
    rule,
    eta: c.eta,
    b: feedback,
    z0,
    w0,
    stopping,
    divergenceFactor: c.divergenceFactor ?? 1e6,
    traceEvery: c.traceEvery ?? 0,
    // Only where the reductions were derived for the rule (GD, FA; KP, sign, mixed run unreduced).
    reduce: rule.reducible && (c.reduce ?? true),
    kernels: c.kernels ?? 'auto',
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  return {
    ...result,
    rule: c.rule,
    n,
    m,
    r: c.r,
    // The run's SVD of Y when it made one (GD in the singular bases), else a new one.
    optimalLoss: spectrum === undefined ? optimalOf() : optimalLossFromSpectrum(spectrum, c.r),
    ...(feedback === null
      ? {}
      : {
          alignment: alignment(result.Z, result.feedback ?? toMatrix(feedback)),
          faLimitLoss: limitOf(feedback),
        }),
  };
}
