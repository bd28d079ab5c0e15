import type { FactorizationCase } from '../generate/FactorizationCase.js';

/** Reads and replaces the factorization instance inside a claim's input. @internal */
export interface CaseLens<T> {
  get(input: T): FactorizationCase;
  set(input: T, c: FactorizationCase): T;
}

const isCase = (x: unknown): x is FactorizationCase =>
  x !== null && typeof x === 'object' && 'Y' in x && 'B' in x && 's' in x && 'k' in x;

/**
 * The lens for an input that is a factorization instance, or holds one in its field `c` (the step-size
 * and network claims); `null` for any other input, which the simplifier then leaves alone.
 * @internal
 */
export function caseLens(input: unknown): CaseLens<unknown> | null {
  if (isCase(input)) return { get: (x) => x as FactorizationCase, set: (_x, c) => c };
  if (input !== null && typeof input === 'object' && 'c' in input && isCase((input as { c: unknown }).c)) {
    return {
      get: (x) => (x as { c: FactorizationCase }).c,
      set: (x, c) => ({ ...(x as object), c }),
    };
  }
  return null;
}
