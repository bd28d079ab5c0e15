import type { FactorizationCase } from '../generate/FactorizationCase.js';

/** A factorization instance as plain values, for a counterexample. Pure. @public */
export function describeCase(c: FactorizationCase): Record<string, unknown> {
  return {
    n: c.n,
    m: c.m,
    rankY: c.k,
    r: c.r,
    singularValues: c.s,
    spectrum: c.spectrum,
    feedback: c.feedback,
    Y: c.Y.to2DArray(),
    B: c.B.to2DArray(),
    ...(c.Z0 === null ? {} : { Z0: c.Z0.to2DArray() }),
    ...(c.W0 === null ? {} : { W0: c.W0.to2DArray() }),
  };
}
