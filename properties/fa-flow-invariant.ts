import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { faStepSize } from '../src/catalogue/faStepSize.js';
import { solveCase } from '../src/catalogue/solveCase.js';
import { integrateFlow } from '../src/flow/integrateFlow.js';
import { toDense } from '../src/linalg/Dense.js';
import { fa } from '../src/rules/fa.js';
import { invariantResidual } from '../src/theory/invariantResidual.js';
import { hypotheses } from '../src/catalogue/hypotheses.js';

/** Tolerance of the flow's invariant residual: the integrator runs at rtol 1e-10. */
const FLOW_TOL = 1e-6;
/** The discrete residual must shrink like `eta`: `|log2(R(eta) / R(eta / 2)) - 1| <= ORDER_TOL`. */
const ORDER_TOL = 0.35;
/** Below this the discrete residual is rounding, and its ratio says nothing. */
const RESIDUAL_FLOOR = 1e-11;

/**
 * THEORY.md closed form 2: along the FA flow `B^T Z + Z^T B - W W^T` is constant, so 0 from zero;
 * FA with step `eta` breaks it by `O(eta)` at a fixed flow time.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-flow-invariant',
  expected: 'holds',
  statement:
    'B^T Z + Z^T B = W W^T along the FA flow from zero; the discrete residual shrinks linearly with eta',
  hypotheses: [
    'FA flow from zero, Dormand-Prince 5(4) at rtol 1e-10, sampled at 4 times up to T = 25 eta_safe',
    hypotheses.bGeneric,
    'discrete FA from zero with eta = eta_safe / 16 and eta_safe / 32, compared at flow time T / 5',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: caseRegimeRequirements,
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate(c) {
    const safe = faStepSize(c);
    const tEnd = 25 * safe;
    const flow = integrateFlow({
      y: toDense(c.Y),
      b: toDense(c.B),
      rule: fa,
      r: c.r,
      tEnd,
      rtol: 1e-10,
      sampleTimes: [tEnd / 8, tEnd / 4, tEnd / 2, tEnd],
    });
    const flowResidual = Math.max(...flow.samples.map((s) => invariantResidual(c.B, s.Z, s.W)));
    const discrete = (eta: number): number => {
      const run = solveCase(c.Y, c.r, c.B, null, null, {
        rule: fa,
        eta,
        stopping: { kind: 'steps', steps: Math.round(tEnd / 5 / eta) },
      });
      return invariantResidual(c.B, run.Z, run.W);
    };
    const coarse = discrete(safe / 16);
    const fine = discrete(safe / 32);
    const order = coarse <= RESIDUAL_FLOOR ? 1 : Math.log2(coarse / fine);
    // One violation in units of its tolerance: the worse of the two requirements.
    const violation = Math.max(flowResidual / FLOW_TOL, Math.abs(order - 1) / ORDER_TOL);
    return evaluation(violation, 1, {
      flowResidual,
      flowReason: flow.reason,
      discreteResidual: coarse,
      discreteResidualHalfStep: fine,
      order,
    });
  },
  classify: caseRegimes,
  describe: describeCase,
};
