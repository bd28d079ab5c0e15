import fc from 'fast-check';
import { factorizationCaseArbitrary } from './factorizationCaseArbitrary.js';
import type { NetworkCase } from './NetworkCase.js';

/**
 * Two-layer network instances with sides at most `maxSide`: small random initial factors (used by GD;
 * FA starts from zero), the rule, and the inputs' seed and size. With `correlated`, each input
 * coordinate gets variance `2^level`, `level` in -2..2, shrinking to 1 (isotropic); otherwise every
 * level is 0.
 * @public
 */
export function networkCaseArbitrary(maxSide: number, correlated: boolean): fc.Arbitrary<NetworkCase> {
  return fc.record({
    c: factorizationCaseArbitrary({ maxSide, init: 'small-random' }),
    rule: fc.constantFrom<'gd' | 'fa'>('fa', 'gd'),
    extra: fc.integer({ min: 0, max: 8 }),
    inputSeed: fc.integer({ min: 0, max: 1_000_000 }),
    varianceLevels: correlated
      ? fc.array(fc.integer({ min: -2, max: 2 }), { minLength: maxSide, maxLength: maxSide })
      : fc.constant(new Array<number>(maxSide).fill(0)),
  });
}
