import type { Solvers } from '../catalogue/Solvers.js';
import type { LearningRule } from '../rules/LearningRule.js';

/** The sides of the backward matrix `M` (`n x r`) of one run. @internal */
export interface BackwardShape {
  readonly n: number;
  readonly r: number;
}

/**
 * The solvers with every learning rule they are given replaced by `faulty(rule, shape)`, in the discrete
 * solver and in the flow integrator alike (both run the rule's `backward`): the shape of a bug inside a
 * rule. `faulty` is called once per run, so a buffer it allocates is allocated once per run, not per step.
 * Such a buffer lies outside a WebAssembly arena, whose kernels reject it, so the discrete runs are
 * pinned to the JavaScript kernels (the same products, to rounding).
 * @internal
 */
export function withRule(
  real: Solvers,
  faulty: (rule: LearningRule, shape: BackwardShape) => LearningRule,
): Solvers {
  return {
    ...real,
    solveDense: (o) =>
      real.solveDense({ ...o, rule: faulty(o.rule, { n: o.y.rows, r: o.r }), kernels: 'js' }),
    integrateFlow: (o) => {
      const r = o.r ?? o.z0?.cols ?? o.w0?.rows ?? o.b?.cols ?? 0;
      return real.integrateFlow({ ...o, rule: faulty(o.rule, { n: o.y.rows, r }) });
    },
  };
}
