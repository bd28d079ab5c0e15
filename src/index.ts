/**
 * The public surface of fa-verify: every export is named here (no `export *`).
 * @packageDocumentation
 */
export { type Dense, zeros, toDense, toMatrix, toRows } from './linalg/Dense.js';
export type { LearningRule } from './rules/LearningRule.js';
export { gd } from './rules/gd.js';
export { fa } from './rules/fa.js';
export { ruleRegistry, ruleNames } from './rules/ruleRegistry.js';
export { solve } from './solve/solve.js';
export type { SolveResult } from './solve/solveDense.js';
export type { StopReason } from './solve/StopReason.js';
export type { Trace } from './solve/solveLoop.js';
export { solveCaseSchema, type SolveCase } from './solve/solveCaseSchema.js';
export { parseSolveCase } from './solve/parseSolveCase.js';
export { InputError } from './solve/InputError.js';
export { integrateFlow, type FlowOptions, type FlowResult, type FlowSample } from './flow/integrateFlow.js';
export { integrateDormandPrince5 } from './flow/integrateDormandPrince5.js';
export { trainTwoLayerNetwork } from './network/trainTwoLayerNetwork.js';
export { isotropicInputs } from './network/isotropicInputs.js';
export { correlatedInputs } from './network/correlatedInputs.js';
export { singularValues } from './theory/singularValues.js';
export { rankTolerance } from './theory/rankTolerance.js';
export { numericalRank } from './theory/numericalRank.js';
export { optimalLoss } from './theory/optimalLoss.js';
export { rowSpaceBasis } from './theory/rowSpaceBasis.js';
export { faLimit, type FaLimit } from './theory/faLimit.js';
export { alignment } from './theory/alignment.js';
export { invariantResidual } from './theory/invariantResidual.js';
export { representationOverlap } from './theory/representationOverlap.js';
export { gaussianSampler } from './random/gaussianSampler.js';
export { seededUniform } from './random/seededUniform.js';
export { randomFactors } from './random/randomFactors.js';
export { gaussianMatrix } from './random/gaussianMatrix.js';
export { randomTarget, type RandomTarget } from './random/randomTarget.js';
export { seededLowRankMatrix, type SeededLowRankOptions } from './random/seededLowRankMatrix.js';
export { seededFeedback, type SeededFeedbackOptions } from './random/seededFeedback.js';
export { gaussianArbitrary } from './generate/gaussianArbitrary.js';
export { orthonormalFrame } from './generate/orthonormalFrame.js';
export { spectrum, spectrumKinds, type SpectrumKind } from './generate/spectrum.js';
export type { FeedbackFamily } from './generate/FeedbackFamily.js';
export { feedbackMatrix } from './generate/feedbackMatrix.js';
export type { FactorizationCase } from './generate/FactorizationCase.js';
export {
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
  type RankRelation,
} from './generate/factorizationCaseArbitrary.js';
export type { NetworkCase } from './generate/NetworkCase.js';
export { networkCaseArbitrary } from './generate/networkCaseArbitrary.js';
export { evaluation, type Claim, type AnyClaim, type Evaluation, type Outcome } from './claim/Claim.js';
export type { ClaimResult, Counterexample } from './claim/ClaimResult.js';
export { checkClaim, DECISIVE_MULTIPLE, type CheckOptions } from './runner/checkClaim.js';
export { main } from './cli/main.js';
