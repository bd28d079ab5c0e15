import * as z from 'zod/mini';
import '../io/zodEnglish.js';
import { checkFactorizationShapes, type Sized } from '../linalg/checkFactorizationShapes.js';
import { InputError } from '../linalg/InputError.js';
import { numberMatrixSchema } from './numberMatrixSchema.js';
import { ruleRegistry, ruleNames } from '../rules/ruleRegistry.js';

const matrix = numberMatrixSchema;

/** `sum_ij a_ij^2` of nested rows (a plain loop: the rows may hold 200 000 entries). */
function sumOfSquares(a: number[][]): number {
  let acc = 0;
  for (const row of a) for (let j = 0; j < row.length; j++) acc += row[j] * row[j];
  return acc;
}

/** The sides of nested rows (at least one row; checked first). */
function sides(a: number[][]): Sized;
function sides(a: number[][] | undefined): Sized | undefined;
function sides(a: number[][] | undefined): Sized | undefined {
  return a === undefined ? undefined : { rows: a.length, columns: a[0].length };
}

/** An integer from `min` to `max`, with messages naming what is wrong. */
const integerIn = (min: number, max: number) =>
  z
    .number()
    .check(
      z.int('must be an integer'),
      z.minimum(min, `must be >= ${min}`),
      z.maximum(max, `must be <= ${max}`),
    );

/**
 * Upper bounds the solver can honour: `steps` and `maxSteps` (10^9 steps of the smallest case take a
 * minute; 10^15 would never end), `r` (the loop keeps `r x r` Gram matrices: at 4096, 128 MB), and the
 * points a trace keeps (`steps / traceEvery`, preallocated: 10^6 points are 16 MB).
 * @internal
 */
export const SOLVE_CASE_LIMITS = { steps: 1e9, r: 4096, tracePoints: 1e6 } as const;

/** `init`: small random initial factors. */
const initSchema = z.strictObject({
  scale: z.number().check(z.minimum(0, 'must be >= 0')),
  seed: z.string(),
});

const caseShape = {
  Y: matrix,
  r: z
    .number()
    .check(
      z.int('must be an integer'),
      z.minimum(1, 'must be at least 1'),
      z.maximum(SOLVE_CASE_LIMITS.r, `must be at most ${SOLVE_CASE_LIMITS.r}`),
    ),
  rule: z.string().check(
    z.refine((name) => Object.hasOwn(ruleRegistry, name), {
      message: `unknown rule; known rules: ${ruleNames.join(', ')}`,
    }),
  ),
  eta: z.number().check(z.gt(0, 'must be > 0')),
  lambda: z.optional(z.number().check(z.minimum(0, 'must be >= 0'))),
  rho: z.optional(z.number().check(z.minimum(0, 'must be >= 0'), z.maximum(1, 'must be <= 1'))),
  B: z.optional(matrix),
  Z0: z.optional(matrix),
  W0: z.optional(matrix),
  init: z.optional(initSchema),
  steps: z.optional(integerIn(0, SOLVE_CASE_LIMITS.steps)),
  maxSteps: z.optional(integerIn(0, SOLVE_CASE_LIMITS.steps)),
  tol: z.optional(z.number().check(z.minimum(0, 'must be >= 0'))),
  target: z.optional(z.union([z.literal('optimal'), z.literal('fa-limit'), z.number().check(z.minimum(0))])),
  stationaryTol: z.optional(z.number().check(z.minimum(0, 'must be >= 0'))),
  divergenceFactor: z.optional(z.number().check(z.gt(1, 'must be > 1'))),
  traceEvery: z.optional(integerIn(0, SOLVE_CASE_LIMITS.steps)),
  reduce: z.optional(z.boolean({ error: 'must be true or false' })),
  kernels: z.optional(z.enum(['auto', 'wasm', 'js'], { error: 'must be "auto", "wasm" or "js"' })),
};

/**
 * The fields each object of a case may hold, by where it is (`case` for the top level, `init`): an
 * unknown one (a misspelling, such as `tolerance` for `tol`) is refused rather than ignored.
 * @internal
 */
export const SOLVE_CASE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  case: Object.keys(caseShape),
  init: Object.keys(initSchema.shape),
};

/**
 * The schema of a solve case (the `solve` command's JSON file and the `solve` function's options).
 * Field by field:
 * - `Y` (n x m): the target. `r`: the inner dimension, an integer from 1 to 4096.
 * - `rule`: a registered learning rule (`gd`, `fa`, `kp`, `sign`, `mixed`). `eta`: the step size, > 0.
 * - `lambda` (>= 0, with `eta lambda < 1`): weight decay, every trained matrix `X <- (1 - eta lambda) X
 *   - eta (its signal)`; required by `kp`, optional (default 0) for the others.
 * - `rho` (in `[0, 1]`): the share of `Z` in `mixed`'s backward matrix `rho Z + (1 - rho) B`; required
 *   by `mixed`, refused for any other rule.
 * - `B` (n x r): the feedback matrix, required by rules that need feedback (`fa`, `kp`, `mixed`; for
 *   `kp` its start `B_0`).
 * - `Z0` (n x r) and `W0` (r x m): explicit initial factors, both or neither.
 * - `init: {scale, seed}`: small random initial factors, `scale * N(0, 1)` from `seedrandom(seed)`.
 *   Without `Z0`/`W0`/`init`, `fa` starts from zero; `gd` must be given a start (zero is its saddle).
 * - `steps` (at most 1e9): take exactly this many steps (no early stop except divergence); or
 * - `maxSteps` (at most 1e9) with `tol` (default 1e-10): stop early when `loss <= target + tol ||Y||_F^2`, where
 *   `target` is `"optimal"` (Eckart–Young, the default), `"fa-limit"` (the FA closed form) or a number;
 *   or when stationary: `||dZ||^2 + ||dW||^2 <= stationaryTol^2 (||Z||^2 + ||W||^2 + ||Y||_F)`
 *   (default 1e-12).
 * - `divergenceFactor` (default 1e6): diverged when the loss exceeds this times
 *   `max(||Y||_F^2, initial loss)`, or is not finite.
 * - `traceEvery`: keep the loss and alignment every so many steps (0, the default, keeps none; at
 *   most 10^6 points).
 * - `reduce` (default true): run in orthonormal coordinates of the subspaces the iterates can reach
 *   (for FA `col(Z0) + col(Y V_R)` and `R = row(W0) + row(B^T Y)`, whatever the rank of `Y`; for GD
 *   `span[Z0, col Y]` and `span[W0^T, row Y]`) when that at least halves the target and the run has
 *   16 steps or more: the same dynamics to rounding, at `O(d1 d2 r)` per step.
 *   `false` always runs on the full matrices. `kp`, `sign` and `mixed` with `0 < rho < 1` always run on
 *   the full matrices: the reductions were derived for GD and FA (with or without decay) only.
 * - `kernels` (default `"auto"`): the dense products in WebAssembly SIMD (`"wasm"`) or in plain
 *   JavaScript (`"js"`, 2-4x slower; the two agree to rounding, not bit for bit); `"auto"` takes
 *   WebAssembly for runs long enough to repay its setup, on products large enough to repay each
 *   call (`steps n m r >= 2^20` and `n m r >= 256`).
 * Any other field, here or in `init`, is refused ({@link SOLVE_CASE_FIELDS}): a misspelt key would
 * otherwise be ignored and its default used.
 * @public
 */
export const solveCaseSchema = z.strictObject(caseShape).check(
  z.superRefine((c, ctx) => {
    // Field-level problems (an unknown rule, an empty matrix) are reported already: check no further.
    const empty = (a: number[][] | undefined): boolean =>
      a !== undefined && (a.length === 0 || a[0].length === 0);
    if (!Object.hasOwn(ruleRegistry, c.rule) || empty(c.Y) || empty(c.B) || empty(c.Z0) || empty(c.W0))
      return;
    const rule = ruleRegistry[c.rule];
    const need = (path: string, input: unknown, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], input, message });
    };
    if (!Number.isFinite(sumOfSquares(c.Y))) {
      need('Y', c.Y, 'entries too large: ||Y||_F^2 overflows a double');
    }
    try {
      checkFactorizationShapes({ Y: sides(c.Y), r: c.r, B: sides(c.B), Z0: sides(c.Z0), W0: sides(c.W0) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // The message has both shapes: no value after it.
      ctx.addIssue({ code: 'custom', path: [e.parameter], message: e.problem, params: { omitValue: true } });
    }
    if (rule.needsFeedback && c.B === undefined) need('B', undefined, `is required by rule "${c.rule}"`);
    const values: Record<string, number | undefined> = { lambda: c.lambda, rho: c.rho };
    for (const [name, value] of Object.entries(values)) {
      const spec = rule.parameters.find((p) => p.name === name);
      if (spec === undefined) {
        if (value !== undefined) need(name, value, `is not a parameter of rule "${c.rule}"`);
      } else if (value === undefined) {
        if (spec.required) need(name, undefined, `is required by rule "${c.rule}" (${spec.meaning})`);
      } else if (spec.belowInverseEta && !(c.eta * value < 1)) {
        need(name, value, `must be below 1 / eta = ${1 / c.eta} (1 - eta ${name} must stay positive)`);
      }
    }
    if ((c.Z0 === undefined) !== (c.W0 === undefined)) {
      need(c.Z0 === undefined ? 'Z0' : 'W0', undefined, 'Z0 and W0 go together: give both or neither');
    }
    if (c.Z0 !== undefined && c.init !== undefined)
      need('init', c.init, 'give either Z0/W0 or init, not both');
    if (!rule.allowsZeroInit && c.Z0 === undefined && c.init === undefined) {
      need('init', undefined, `rule "${c.rule}" needs initial factors: Z0 and W0, or init {scale, seed}`);
    }
    if ((c.steps === undefined) === (c.maxSteps === undefined)) {
      need('steps', c.steps, 'give exactly one of steps and maxSteps');
    }
    if (c.target === 'fa-limit' && c.B === undefined) need('target', c.target, '"fa-limit" needs B');
    const budget = c.steps ?? c.maxSteps ?? 0;
    if (
      c.traceEvery !== undefined &&
      c.traceEvery > 0 &&
      budget / c.traceEvery > SOLVE_CASE_LIMITS.tracePoints
    ) {
      need(
        'traceEvery',
        c.traceEvery,
        `keeps ${budget} / ${c.traceEvery} points, more than ${SOLVE_CASE_LIMITS.tracePoints}: take traceEvery >= ${Math.ceil(budget / SOLVE_CASE_LIMITS.tracePoints)}`,
      );
    }
  }),
);

/** A case as the schema accepts it. @public */
export type SolveCase = z.infer<typeof solveCaseSchema>;
