import type { Solvers } from '../solvers/Solvers.js';

/**
 * A fault of the kind a real bug would be, planted by transforming the solvers a claim runs (no module
 * mocking, no globals): the quality tier and the audit's teeth part check that some claim expected to
 * hold turns it into a refutation.
 * @public
 */
export interface Fault {
  /** A short kebab-case name. */
  readonly id: string;
  /** The real bug it imitates, in one line. */
  readonly description: string;
  /** The solvers with the fault planted; `real` is left untouched. */
  plant(real: Solvers): Solvers;
}
