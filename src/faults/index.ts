import type { Fault } from './Fault.js';
import { faLimitIsOptimum } from './faLimitIsOptimum.js';
import { faLimitProductZero } from './faLimitProductZero.js';
import { feedbackLastRowIgnored } from './feedbackLastRowIgnored.js';
import { feedbackNotTrained } from './feedbackNotTrained.js';
import { feedbackSignFlipped } from './feedbackSignFlipped.js';
import { flowHalfTime } from './flowHalfTime.js';
import { flowLooseTolerance } from './flowLooseTolerance.js';
import { flowStoppedEarly } from './flowStoppedEarly.js';
import { gdBackwardIsFeedback } from './gdBackwardIsFeedback.js';
import { gdBackwardIsStale } from './gdBackwardIsStale.js';
import { initialZReturned } from './initialZReturned.js';
import { inputsNotWhitened } from './inputsNotWhitened.js';
import { oneStepFewer } from './oneStepFewer.js';
import { residualSignFlipped } from './residualSignFlipped.js';
import { stepSizeDoubled } from './stepSizeDoubled.js';
import { stepSizeHalved } from './stepSizeHalved.js';
import { zeroZReturned } from './zeroZReturned.js';

export type { Fault } from './Fault.js';

/**
 * The fault catalogue: bugs of the kinds a real solver has, each planted as an explicit transformation
 * of the solvers (`plant(real)`). Every claim expected to hold must turn at least one of them into a
 * refutation (test/quality/teeth.test.ts, and the audit's teeth part).
 * @public
 */
export const faults: readonly Fault[] = [
  initialZReturned,
  zeroZReturned,
  residualSignFlipped,
  feedbackSignFlipped,
  feedbackLastRowIgnored,
  gdBackwardIsFeedback,
  gdBackwardIsStale,
  stepSizeDoubled,
  stepSizeHalved,
  oneStepFewer,
  flowStoppedEarly,
  flowHalfTime,
  flowLooseTolerance,
  inputsNotWhitened,
  feedbackNotTrained,
  faLimitIsOptimum,
  faLimitProductZero,
];
