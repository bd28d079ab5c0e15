import type { AnyClaim } from '../claim/Claim.js';

/** `describe`, or the error it threw, so that a broken describer cannot hide the result. @internal */
export function describeSafely(claim: AnyClaim, input: unknown): Readonly<Record<string, unknown>> {
  try {
    return claim.describe(input);
  } catch (e) {
    return { describeError: e instanceof Error ? e.message : String(e) };
  }
}
