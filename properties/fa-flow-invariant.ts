import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { realSolvers } from '../src/solvers/Solvers.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { faStepSize } from '../src/theory/faStepSize.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { fa } from '../src/rules/fa.js';
import { invariantResidual } from '../src/theory/invariantResidual.js';
import { hypotheses } from '../src/claim/hypotheses.js';

/** Tolerance of the flow's invariant residual: the integrator runs at rtol 1e-10. */
const FLOW_TOL = 1e-6;
/** The discrete residual must shrink like `eta`: `|log2(R(eta) / R(eta / 2)) - 1| <= ORDER_TOL`. */
const ORDER_TOL = 0.35;
/** Below this the discrete residual is rounding, and its ratio says nothing. */
const RESIDUAL_FLOOR = 1e-11;
/** Times at which the flow is sampled: T / 8, T / 4, T / 2, T. */
const SAMPLES = 4;

/**
 * docs/theory.md §Closed forms (2): along the FA flow `B^T Z + Z^T B - W W^T` is constant, so 0 from zero;
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
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate(c, solvers = realSolvers) {
    const safe = faStepSize(c);
    const tEnd = 25 * safe;
    const flow = solvers.integrateFlow({
      Y: c.Y,
      B: c.B,
      rule: fa,
      r: c.r,
      tEnd,
      rtol: 1e-10,
      sampleTimes: [tEnd / 8, tEnd / 4, tEnd / 2, tEnd],
    });
    // The statement is about the flow up to T: an integration that stopped early, or took fewer samples
    // than asked, has not established it.
    if (flow.reason !== 'done' || flow.samples.length !== SAMPLES) {
      return unfinished(
        `the flow integrator stopped (${flow.reason}) with ${flow.samples.length} of ${SAMPLES} samples`,
        {
          flowReason: flow.reason,
          samples: flow.samples.length,
        },
      );
    }
    const flowResidual = Math.max(...flow.samples.map((s) => invariantResidual(c.B, s.Z, s.W)));
    const discrete = (eta: number): { residual: number; reason: string } => {
      const steps = Math.round(tEnd / 5 / eta);
      const run = solveCase(c.Y, c.r, c.B, null, null, {
        rule: fa,
        eta,
        stopping: { kind: 'steps', steps },
        solvers,
      });
      // Exactly the steps asked, or the run did not reach flow time T / 5.
      const complete = run.steps === steps && run.reason === 'steps';
      return {
        residual: invariantResidual(c.B, run.Z, run.W),
        reason: complete ? 'steps' : `${run.reason} after ${run.steps} of ${steps} steps`,
      };
    };
    const coarseRun = discrete(safe / 16);
    const fineRun = discrete(safe / 32);
    if (coarseRun.reason !== 'steps' || fineRun.reason !== 'steps') {
      return unfinished('a discrete FA run stopped before flow time T / 5', {
        flowResidual,
        coarseReason: coarseRun.reason,
        fineReason: fineRun.reason,
      });
    }
    const coarse = coarseRun.residual;
    const fine = fineRun.residual;
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
