import type { Solvers } from '../solvers/Solvers.js';
import type { LearningRule } from '../rules/LearningRule.js';

/**
 * The solvers with every learning rule they are given replaced by `faulty(rule, r)` (`r` the run's inner
 * dimension), in the discrete solver and in the flow integrator alike (both run the rule's `backward`):
 * the shape of a bug inside a rule. `faulty` is called once per run. A buffer of the faulty rule lies
 * outside a WebAssembly arena, whose kernels reject it, so the discrete runs are pinned to the
 * JavaScript kernels (the same products, to rounding).
 * @internal
 */
export function withRule(real: Solvers, faulty: (rule: LearningRule, r: number) => LearningRule): Solvers {
  return {
    ...real,
    solveDense: (o) => real.solveDense({ ...o, rule: faulty(o.rule, o.r), kernels: 'js' }),
    integrateFlow: (o) => real.integrateFlow({ ...o, rule: faulty(o.rule, o.r) }),
  };
}

/**
 * Buffers of a faulty rule, one per length, made on first use and then reused: once per run, not per
 * step. A run reduced to a subspace asks for the backward matrix at full size first, then at its own.
 * @internal
 */
export function buffers(): (length: number) => Float64Array {
  const made = new Map<number, Float64Array>();
  return (length) => {
    let buffer = made.get(length);
    if (buffer === undefined) {
      buffer = new Float64Array(length);
      made.set(length, buffer);
    }
    return buffer;
  };
}

/**
 * The solvers with the backward matrix of every rule that sends feedback (FA's `B`) passed through
 * `change(m, out, r)`, which writes into `out` (a reused buffer of `m`'s length) and returns it, or
 * returns `m` unchanged: the shape of a bug in how a feedback rule builds its backward matrix.
 * @internal
 */
export function withFeedbackBackward(
  real: Solvers,
  change: (m: Float64Array, out: Float64Array, r: number) => Float64Array,
): Solvers {
  return withRule(real, (rule, r) => {
    if (!rule.needsFeedback) return rule;
    const buffer = buffers();
    return {
      ...rule,
      backward: (z, b, scratch) => {
        const m = rule.backward(z, b, scratch);
        return change(m, buffer(m.length), r);
      },
    };
  });
}
