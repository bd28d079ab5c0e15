import { wilsonInterval } from '../statistics/wilsonInterval.js';

/** Where a regime requirement stands after some samples. @internal */
export type RegimeVerdictKind = 'accepted' | 'rejected' | 'undecided';

/** One requirement (`label` reached in at least `required` of the inputs), judged on counts. @internal */
export interface RegimeRequirementVerdict {
  readonly label: string;
  /** The least share required, in [0, 1]. */
  readonly required: number;
  readonly count: number;
  readonly samples: number;
  /** `count / samples` (0 with no samples). */
  readonly share: number;
  /** The Wilson interval of the share. */
  readonly lower: number;
  readonly upper: number;
  readonly verdict: RegimeVerdictKind;
}

/**
 * QuickCheck's coverage test (`checkCoverage`) on one requirement: with the Wilson interval of the
 * observed share at quantile `z`, the requirement is `accepted` when the lower bound reaches the
 * required share, `rejected` when the upper bound is below it, and `undecided` otherwise (sample
 * more). Pure.
 * @internal
 */
export function regimeVerdict(
  label: string,
  required: number,
  count: number,
  samples: number,
  z: number,
): RegimeRequirementVerdict {
  const { lower, upper } = wilsonInterval(count, samples, z);
  const verdict: RegimeVerdictKind =
    lower >= required ? 'accepted' : upper < required ? 'rejected' : 'undecided';
  return {
    label,
    required,
    count,
    samples,
    share: samples === 0 ? 0 : count / samples,
    lower,
    upper,
    verdict,
  };
}
