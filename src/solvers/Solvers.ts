import { integrateFlow } from '../flow/integrateFlow.js';
import { trainTwoLayerNetwork } from '../network/trainTwoLayerNetwork.js';
import { solveDense } from '../solve/solveDense.js';

/**
 * The solvers a claim runs, as one replaceable set: every discrete run goes through `solveDense`,
 * every flow through `integrateFlow`, every network through `trainTwoLayerNetwork`. Claims take it as
 * an argument (default {@link realSolvers}) so that the quality tier and the audit can plant a fault of
 * the kind a real bug would be (an update skipped, a sign flipped, an integrator stopped early) and see
 * the claim refute it.
 * @public
 */
export interface Solvers {
  readonly solveDense: typeof solveDense;
  readonly integrateFlow: typeof integrateFlow;
  readonly trainTwoLayerNetwork: typeof trainTwoLayerNetwork;
}

/** The solvers as shipped. @public */
export const realSolvers: Solvers = { solveDense, integrateFlow, trainTwoLayerNetwork };
