/**
 * The public surface of fa-verify: every export is named here (no `export *`).
 * @packageDocumentation
 */
// fast-check, the copy this package runs: a claim's arbitraries must come from it (one copy, not two).
export { default as fc } from 'fast-check';
export { type Dense, zeros, toDense, toMatrix, toRows } from './linalg/Dense.js';
export { jacobiSvd, SvdNotConvergedError, type Svd } from './linalg/jacobiSvd.js';
export type { LearningRule } from './rules/LearningRule.js';
export { gd } from './rules/gd.js';
export { fa } from './rules/fa.js';
export { kp } from './rules/kp.js';
export { sign } from './rules/sign.js';
export { mixed } from './rules/mixed.js';
export type { RuleParameter, RuleValues } from './rules/RuleParameter.js';
export { ruleRegistry, ruleNames } from './rules/ruleRegistry.js';
export { solve, type SolveOptions } from './solve/solve.js';
export type { SolveResult } from './solve/solveDense.js';
export type { Solution } from './solve/Solution.js';
export type { StopReason } from './solve/StopReason.js';
export type { Trace } from './solve/solveLoop.js';
export { solveCaseSchema, type SolveCase } from './solve/solveCaseSchema.js';
export { parseSolveCase } from './solve/parseSolveCase.js';
export { InputError } from './linalg/InputError.js';
export {
  checkFactorizationShapes,
  type FactorizationInput,
  type FactorizationShapes,
} from './linalg/checkFactorizationShapes.js';
export { integrateFlow, type FlowOptions, type FlowResult, type FlowSample } from './flow/integrateFlow.js';
export { integrateDormandPrince5 } from './flow/integrateDormandPrince5.js';
export { trainTwoLayerNetwork } from './network/trainTwoLayerNetwork.js';
export { isotropicInputs } from './network/isotropicInputs.js';
export { correlatedInputs } from './network/correlatedInputs.js';
export { singularValues } from './theory/singularValues.js';
export { rankTolerance } from './theory/rankTolerance.js';
export { numericalRank } from './theory/numericalRank.js';
export { optimalLoss } from './theory/optimalLoss.js';
export { optimalLossFromSpectrum } from './theory/optimalLossFromSpectrum.js';
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
export { gaussianGridArbitrary } from './generate/gaussianGridArbitrary.js';
export { orthonormalFrame } from './generate/orthonormalFrame.js';
export { spectrum, spectrumKinds, type SpectrumKind } from './generate/spectrum.js';
export type { FeedbackFamily } from './generate/FeedbackFamily.js';
export { feedbackMatrix } from './generate/feedbackMatrix.js';
export type { FactorizationCase } from './generate/FactorizationCase.js';
export {
  defaultMaxRank,
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
  type RankRelation,
} from './generate/factorizationCaseArbitrary.js';
export type { NetworkCase } from './generate/NetworkCase.js';
export { networkCaseArbitrary } from './generate/networkCaseArbitrary.js';
export { twoLevelCaseArbitrary, type TwoLevelConstraints } from './generate/twoLevelCaseArbitrary.js';
export { factorizationSearchSpace } from './search/factorizationSearchSpace.js';
export { targetNormSquared } from './generate/targetNormSquared.js';
export { axesPlusGaussian } from './generate/axesPlusGaussian.js';
// The claim contract: what a claim states and what a run of it gives.
export {
  evaluation,
  unfinished,
  outcomeAsExpected,
  type Expectation,
  type Claim,
  type AnyClaim,
  type Evaluation,
  type Outcome,
  type ResultOutcome,
  type ClaimKind,
  type SearchSpace,
  type SearchTarget,
  type ProbabilitySpec,
} from './claim/Claim.js';
export type { ClaimResult, Counterexample } from './claim/ClaimResult.js';
export type { SearchSummary } from './claim/SearchSummary.js';
export type { ProbabilityEstimate } from './claim/ProbabilityEstimate.js';
export type { ClaimStatistics, StatisticsStep } from './claim/ClaimStatistics.js';
export type { InputCodec } from './claim/InputCodec.js';
export { defineClaim, type ClaimDefinition } from './catalogue/defineClaim.js';
export type { PrecisionRecheck } from './claim/PrecisionRecheck.js';
export { DECISIVE_MULTIPLE, isDecisive } from './claim/isDecisive.js';
export { judgeInput, type Judgement, type JudgementKind } from './claim/judgeInput.js';
export {
  caseHypotheses,
  genericFeedbackProblems,
  GENERICITY_LEVEL,
  type CaseHypothesisSpec,
} from './claim/caseHypotheses.js';
export { hypotheses } from './claim/hypotheses.js';
export { replayCommandLine, type ReplayRecord } from './claim/replayCommand.js';
// Building claims over factorization instances.
export { describeCase } from './catalogue/describeCase.js';
export { caseRegimes } from './catalogue/caseRegimes.js';
export { caseRegimeRequirements, regimeShares } from './catalogue/caseRegimeRequirements.js';
export { lossAgainstTarget, type LossTargetSpec } from './catalogue/lossAgainstTarget.js';
// The solvers a claim runs, replaceable as one set (faults are planted there).
export { realSolvers, type Solvers } from './solvers/Solvers.js';
export { FA_DIRECT_MAX_SIDE, solveCase, type SolveCaseOptions } from './solvers/solveCase.js';
export { runFaFromCase } from './solvers/runFaFromCase.js';
export { runGdFromCase } from './solvers/runGdFromCase.js';
export { tolerances } from './solvers/tolerances.js';
export { faStepSize } from './theory/faStepSize.js';
export { safeFaStepSize, FA_STEP } from './theory/safeFaStepSize.js';
export { gdStepSize, GD_STEP } from './theory/gdStepSize.js';
export { faults, type Fault } from './faults/index.js';
// Precision rechecks.
export { marginRecheck } from './precision/marginRecheck.js';
export { lossRecheck } from './precision/lossRecheck.js';
export { roundingAllowance, ROUNDING_ULPS } from './precision/roundingAllowance.js';
// Running claims, and the fixture store.
export { checkClaim, type CheckOptions } from './runner/checkClaim.js';
export { runCatalogue, type RunCatalogueOptions } from './runner/runCatalogue.js';
export {
  PROFILES,
  PROFILE_NAMES,
  profileFor,
  UnknownProfileError,
  type ClaimSettings,
  type Profile,
  type ProfileName,
  type SettingsOverrides,
} from './runner/profiles.js';
export { replayFixture, type ReplayResult } from './runner/replayFixture.js';
export { loadClaimModules, ClaimFileError } from './runner/loadClaimModules.js';
export { mergeShards, ShardMergeError } from './runner/mergeShards.js';
export { writeFixture } from './fixtures/writeFixture.js';
export { readFixture, FixtureError } from './fixtures/readFixture.js';
export { factorizationCaseCodec } from './fixtures/factorizationCaseCodec.js';
export { codecOf } from './fixtures/codecOf.js';
export { defaultCodec } from './fixtures/defaultCodec.js';
export { canonicalCase } from './fixtures/canonicalCase.js';
// Claims in a test runner (vitest, jest, node:test).
export { expectClaim, type ExpectClaimOptions } from './testing/expectClaim.js';
// Machine-readable results.
export { toJsonLines } from './report/toJsonLines.js';
export { toJUnitXml } from './report/toJUnitXml.js';
