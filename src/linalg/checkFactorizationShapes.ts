import { Matrix } from 'ml-matrix';
import { InputError } from './InputError.js';

/** Anything with sides: an ml-matrix `Matrix`, or the sides of a case file's nested rows. @internal */
export interface Sized {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The vocabulary every solver entry (`solve`, `integrateFlow`, `trainTwoLayerNetwork`) shares for the
 * factorization `Y ~ Z W`: the target `Y` (`n x m`), the inner dimension `r`, the feedback `B`
 * (`n x r`) and the initial factors `Z0` (`n x r`) and `W0` (`r x m`); `null` or absent means none
 * (for `Z0`, `W0`: zero). Each entry adds `rule` and its own fields.
 * @public
 */
export interface FactorizationInput<M extends Sized = Matrix> {
  readonly Y: M;
  readonly r: number;
  readonly B?: M | null;
  readonly Z0?: M | null;
  readonly W0?: M | null;
}

/** The sides of a valid factorization input. @public */
export interface FactorizationShapes {
  readonly n: number;
  readonly m: number;
  readonly r: number;
}

/**
 * The one shape check of the solver entries: `Y` has at least one row and column, `r` is an integer
 * `>= 1`, and `B`, `Z0`, `W0`, when given, are `n x r`, `n x r` and `r x m`. Throws an
 * {@link InputError} naming the first field that is wrong, in one line with both shapes:
 * `B: is 3 x 2, not 4 x 2 (n x r)`. Entries are not looked at (see {@link checkFiniteEntries}).
 * @public
 */
export function checkFactorizationShapes(input: FactorizationInput<Sized>): FactorizationShapes {
  const { Y, r } = input;
  const n = Y.rows;
  const m = Y.columns;
  if (n < 1 || m < 1) throw new InputError('Y', undefined, `is ${n} x ${m}, not at least 1 x 1 (n x m)`);
  if (!Number.isInteger(r) || r < 1) throw new InputError('r', r, 'must be an integer >= 1');
  const expect = (name: string, a: Sized | null | undefined, rows: number, cols: number, sides: string) => {
    if (a != null && (a.rows !== rows || a.columns !== cols)) {
      throw new InputError(name, undefined, `is ${a.rows} x ${a.columns}, not ${rows} x ${cols} (${sides})`);
    }
  };
  expect('B', input.B, n, r, 'n x r');
  expect('Z0', input.Z0, n, r, 'n x r');
  expect('W0', input.W0, r, m, 'r x m');
  return { n, m, r };
}

/**
 * Throws an {@link InputError} naming the first entry of `a` that is not finite (`Y[1][0]: must be
 * finite (got NaN)`), reading row by row. `name` is the field, as in {@link FactorizationInput}.
 * @internal
 */
export function checkFiniteEntries(name: string, a: Matrix): void {
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.columns; j++) {
      const v = a.get(i, j);
      if (!Number.isFinite(v)) throw new InputError(`${name}[${i}][${j}]`, v, 'must be finite');
    }
  }
}

/**
 * The whole check of a {@link FactorizationInput} given in code: every matrix field given is an
 * ml-matrix `Matrix` (`B: must be an ml-matrix Matrix`), the shapes agree
 * ({@link checkFactorizationShapes}) and every entry is finite ({@link checkFiniteEntries}).
 * @internal
 */
export function checkFactorizationInput(input: FactorizationInput): FactorizationShapes {
  const fields = [
    ['Y', input.Y],
    ['B', input.B],
    ['Z0', input.Z0],
    ['W0', input.W0],
  ] as const;
  for (const [name, a] of fields) {
    if (a != null && !(a instanceof Matrix)) {
      throw new InputError(name, undefined, 'must be an ml-matrix Matrix');
    }
  }
  const shapes = checkFactorizationShapes(input);
  for (const [name, a] of fields) if (a != null) checkFiniteEntries(name, a);
  return shapes;
}
