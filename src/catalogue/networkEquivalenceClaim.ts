import { factorizationCaseCodec } from '../fixtures/factorizationCaseCodec.js';
import type { NetworkCase } from '../generate/NetworkCase.js';
import * as z from 'zod/mini';
import '../io/zodEnglish.js';
import { networkCaseArbitrary } from '../generate/networkCaseArbitrary.js';
import { caseRegimes } from './caseRegimes.js';
import { evaluation, unfinished, type Claim, type Outcome } from '../claim/Claim.js';
import { describeCase } from './describeCase.js';
import { networkGap } from './networkGap.js';
import { networkHypotheses } from './networkHypotheses.js';

/** Steps compared, one by one. */
const STEPS = 40;
/** Largest allowed gap between the two products `Z W`, relative to `||Y||_F`. */
const GAP_TOL = 1e-10;

/** The stored form of a {@link NetworkCase} (its factorization instance has a codec of its own). */
const storedNetworkCase = z.object({
  c: z.unknown(),
  rule: z.enum(['gd', 'fa']),
  extra: z.number().check(z.int(), z.minimum(0)),
  inputSeed: z.number().check(z.int()),
  varianceLevels: z.array(z.number().check(z.int())),
});

/** What distinguishes the two network claims. @internal */
export interface NetworkEquivalenceSpec {
  readonly id: string;
  readonly expected: Outcome;
  readonly statement: string;
  /** Whether the inputs may be correlated (variances `2^l`, `l` in -2..2) or are isotropic. */
  readonly correlated: boolean;
  readonly minimalCounterexample?: Claim<NetworkCase>['minimalCounterexample'];
}

/**
 * A claim that training the two-layer network `x -> Z W x` on targets `Y X` (full batch, loss
 * `1/(2N) ||Z W X - Y X||_F^2`) equals the factorization dynamics, compared at each of the first 40
 * steps to `1e-10 ||Y||_F`. Its gradients are `E C W^T` and `M^T E C` with `C = X X^T / N`: the same
 * as the factorization's exactly when `C = I`.
 * @internal
 */
export function networkEquivalenceClaim(spec: NetworkEquivalenceSpec): Claim<NetworkCase> {
  return {
    id: spec.id,
    expected: spec.expected,
    statement: spec.statement,
    hypotheses: [
      spec.correlated
        ? 'inputs X (m x N, N >= m) with X X^T / N = diag(2^l_i), l_i in -2..2 (isotropic when all are 0)'
        : 'inputs X (m x N, N >= m) with X X^T / N = I_m, from a seeded orthogonal construction',
      'full batch, loss 1/(2N) ||Z W X - Y X||_F^2, the same eta as the factorization',
      'GD from small random factors, FA from zero with generic B',
      'compared at each of the first 40 steps, to 1e-10 ||Y||_F',
    ],
    regimes: ['rule:gd', 'rule:fa', 'r<rank', 'r=rank', 'r>rank'],
    ...(spec.minimalCounterexample === undefined
      ? {}
      : { minimalCounterexample: spec.minimalCounterexample }),
    arbitrary: (maxSize) => networkCaseArbitrary(maxSize, spec.correlated),
    unmetHypotheses: (nc) => networkHypotheses(nc, spec.correlated),
    evaluate(nc, solvers) {
      const { gap, networkReason, compared } = networkGap(nc, STEPS, solvers);
      if (compared === 0) return unfinished('the network recorded no step to compare', { networkReason });
      return evaluation(gap, GAP_TOL, { largestGap: gap, networkReason, compared });
    },
    classify: (nc) => [`rule:${nc.rule}`, ...caseRegimes(nc.c)],
    codec: {
      encode: (nc) => ({ ...nc, c: factorizationCaseCodec.encode(nc.c) }),
      decode: (value) => {
        const v = storedNetworkCase.parse(value);
        return { ...v, c: factorizationCaseCodec.decode(v.c) };
      },
    },
    describe: (nc) => ({
      ...describeCase(nc.c),
      rule: nc.rule,
      samples: nc.c.m + nc.extra,
      inputSeed: nc.inputSeed,
      inputVariances: nc.varianceLevels.slice(0, nc.c.m).map((l) => 2 ** l),
    }),
  };
}
