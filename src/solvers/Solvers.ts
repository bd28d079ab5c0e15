import type { Matrix } from 'ml-matrix';
import { integrateFlow } from '../flow/integrateFlow.js';
import { trainTwoLayerNetwork } from '../network/trainTwoLayerNetwork.js';
import { solveDense } from '../solve/solveDense.js';
import { faLimit, type FaLimit } from '../theory/faLimit.js';

/**
 * The solvers a claim runs, as one replaceable set: every discrete run goes through `solveDense`,
 * every flow through `integrateFlow`, every network through `trainTwoLayerNetwork`. Claims take it as
 * an argument (default {@link realSolvers}) so that the quality tier and the audit can plant a fault of
 * the kind a real bug would be (an update skipped, a sign flipped, an integrator stopped early, an
 * oracle's subspace taken from the wrong matrix) and see
 * the claim refute it.
 * @public
 */
export interface Solvers {
  readonly solveDense: typeof solveDense;
  readonly integrateFlow: typeof integrateFlow;
  readonly trainTwoLayerNetwork: typeof trainTwoLayerNetwork;
  /**
   * The closed-form FA limit (docs/theory.md §Closed forms (1)) as the claims that rest on it compute
   * it (`fa-far-from-optimal`, `fa-typically-far-from-optimal`, ...): an oracle is code too, and a
   * planted fault in it must flip them.
   */
  readonly faLimit: (y: Matrix, b: Matrix, tol?: number) => FaLimit;
}

/** The solvers as shipped. @public */
export const realSolvers: Solvers = { solveDense, integrateFlow, trainTwoLayerNetwork, faLimit };
