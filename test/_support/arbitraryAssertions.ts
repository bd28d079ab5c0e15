import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { expect } from 'vitest';

/**
 * Contract assertions for arbitraries, after fast-check's own (`ArbitraryAssertions.ts` in its repository):
 * the same seed gives the same value and the same shrinks; every generated value and every value its
 * shrinker reaches is correct; shrinks are smaller. Each runs under `fc.assert` with an explicit seed, so
 * a failure names a seed and a path that replay it.
 */

/** How fast-check runs one contract: the seed and the number of runs, both explicit. */
export interface ContractRun {
  readonly seed: number;
  readonly numRuns: number;
  /** How many levels of shrinks to walk down from each generated value (default 12). */
  readonly depth?: number;
}

/**
 * The random source of a run, as an arbitrary: fast-check hands it the run's `Random` (derived from the
 * seed), and it yields a clone, from which the tests call `generate` on the arbitrary under contract.
 */
class RandomSource extends fc.Arbitrary<fc.Random> {
  generate(mrng: fc.Random): fc.Value<fc.Random> {
    return new fc.Value(mrng.clone(), undefined);
  }
  canShrinkWithoutContext(_value: unknown): _value is fc.Random {
    return false;
  }
  shrink(): fc.Stream<fc.Value<fc.Random>> {
    return fc.Stream.nil();
  }
}

/** No bias (undefined) or a bias factor, as fast-check passes them to `generate`. */
const biasFactor = fc.option(fc.integer({ min: 2, max: 100 }), { nil: undefined });

/** Which shrink to take at each level: the n-th of the stream, or its last when shorter. */
const shrinkPath = fc.infiniteStream(fc.nat({ max: 20 }));

/**
 * A value as plain data for bitwise comparison: matrices become `{ matrix: rows }`, numbers stay numbers
 * (`toStrictEqual` tells `-0` from `0`), arrays and records are mapped through.
 */
export function plain(value: unknown): unknown {
  if (value instanceof Matrix) return { matrix: value.to2DArray() };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** `fc.sample` twice with the same seed gives bitwise the same values, and another seed other values. */
export function assertSampleSameGivenSameSeed<T>(arb: fc.Arbitrary<T>, seed: number, numRuns: number): void {
  const first = fc.sample(arb, { seed, numRuns }).map(plain);
  const again = fc.sample(arb, { seed, numRuns }).map(plain);
  expect(again).toStrictEqual(first);
  expect(fc.sample(arb, { seed: seed + 1, numRuns }).map(plain)).not.toStrictEqual(first);
}

/**
 * `generate` from the same random state twice gives bitwise the same value, and so does every level of
 * shrinks along the same path (fast-check's `assertProduceSameValueGivenSameSeed`).
 */
export function assertProduceSameValueGivenSameSeed<T>(arb: fc.Arbitrary<T>, run: ContractRun): void {
  const depth = run.depth ?? 12;
  fc.assert(
    fc.property(new RandomSource(), biasFactor, shrinkPath, (mrng, bias, path) => {
      let g1: fc.Value<T> | null = arb.generate(mrng.clone(), bias);
      let g2: fc.Value<T> | null = arb.generate(mrng.clone(), bias);
      for (let level = 0; level < depth && g1 !== null && g2 !== null; level++) {
        expect(plain(g2.value), `level ${level}`).toStrictEqual(plain(g1.value));
        const pos = path.next().value;
        g1 = arb.shrink(g1.value_, g1.context).getNthOrLast(pos);
        g2 = arb.shrink(g2.value_, g2.context).getNthOrLast(pos);
      }
      expect(g1 === null).toBe(g2 === null);
    }),
    { seed: run.seed, numRuns: run.numRuns },
  );
}

/**
 * Every generated value, and every value along a random path of shrinks from it, passes `check` (which
 * asserts with `expect`) (fast-check's `assertProduceCorrectValues` and
 * `assertShrinkProducesCorrectValues`). Returns how many values were checked.
 */
export function assertProduceCorrectValues<T>(
  arb: fc.Arbitrary<T>,
  check: (value: T, level: number) => void,
  run: ContractRun,
): number {
  const depth = run.depth ?? 12;
  let checked = 0;
  fc.assert(
    fc.property(new RandomSource(), biasFactor, shrinkPath, (mrng, bias, path) => {
      let g: fc.Value<T> | null = arb.generate(mrng, bias);
      for (let level = 0; level <= depth && g !== null; level++) {
        check(g.value, level);
        checked++;
        g = arb.shrink(g.value_, g.context).getNthOrLast(path.next().value);
      }
    }),
    { seed: run.seed, numRuns: run.numRuns },
  );
  expect(checked).toBeGreaterThanOrEqual(run.numRuns);
  return checked;
}

/**
 * Every value among the first `first` shrinks of a generated value passes `check(shrunk, original)`,
 * which asserts that it is smaller (fast-check's `assertShrinkProducesStrictlySmallerValue`), and, when
 * `expectSmaller(original)` holds, at least one of them satisfies `isSmaller(shrunk, original)`.
 */
export function assertShrinksSmaller<T>(
  arb: fc.Arbitrary<T>,
  options: {
    readonly first: number;
    readonly check?: (shrunk: T, original: T) => void;
    readonly expectSmaller: (original: T) => boolean;
    readonly isSmaller: (shrunk: T, original: T) => boolean;
  },
  run: ContractRun,
): void {
  let applicable = 0;
  fc.assert(
    fc.property(new RandomSource(), biasFactor, (mrng, bias) => {
      const g = arb.generate(mrng, bias);
      const wanted = options.expectSmaller(g.value);
      if (wanted) applicable++;
      // Lazily: stop at the first smaller shrink unless every shrink is to be checked.
      let seen = 0;
      let found = false;
      for (const s of arb.shrink(g.value_, g.context).take(options.first)) {
        seen++;
        options.check?.(s.value, g.value);
        found ||= options.isSmaller(s.value, g.value);
        if (found && options.check === undefined) break;
      }
      expect(!wanted || found, `no smaller value among the first ${seen} shrinks`).toBe(true);
    }),
    { seed: run.seed, numRuns: run.numRuns },
  );
  expect(applicable, 'runs where a smaller value was due').toBeGreaterThan(0);
}
