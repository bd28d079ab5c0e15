/**
 * Named settings of a catalogue run, in the manner of Hypothesis's settings profiles: how many cases
 * per claim, how large the matrices, how long a claim may take. `default` is what `verify` runs without
 * `--profile`; `quick` is what the test suite's catalogue-level tests run; `thorough` is the long
 * campaign, each claim at the largest sides and most cases that fit in about ten minutes on two cores
 * (README.md, "Profiles", has the measured times). Explicit `--runs`, `--max-size`, `--time-budget` and
 * `--blocks` override a profile's values, for every claim.
 */

/** The profiles' names, in the order help texts list them. @public */
export const PROFILE_NAMES = ['quick', 'default', 'thorough'] as const;

/** A profile's name. @public */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** What one claim runs with under a profile. @public */
export interface ClaimSettings {
  /** Generated cases. */
  readonly runs: number;
  /** Largest matrix side. */
  readonly maxSize: number;
  /** Seconds for the claim (per seed block); spent before any failure, it is `inconclusive`. */
  readonly timeBudget?: number;
}

/** A named set of run settings. @public */
export interface Profile {
  readonly name: ProfileName;
  /** One line: what the profile is for. */
  readonly summary: string;
  /** Cases per claim, unless the claim's override says otherwise. */
  readonly runs: number;
  /** Largest matrix side, unless the claim's override says otherwise. */
  readonly maxSize: number;
  /** Seconds per claim, unless the claim's override says otherwise; absent: no budget. */
  readonly timeBudget?: number;
  /** Seed blocks per claim (1: the plain, unblocked run). */
  readonly blocks: number;
  /** Per-claim overrides, by claim id, where a claim needs other settings than the rest. */
  readonly claims: Readonly<Record<string, Partial<ClaimSettings>>>;
}

/** Explicit command-line values: each one, when given, overrides the profile for every claim. @public */
export interface SettingsOverrides {
  readonly runs?: number;
  readonly maxSize?: number;
  readonly timeBudget?: number;
}

/**
 * The claims that are not a run of random cases, in every profile: the targeted searches get
 * `searchRuns` evaluations a rung (`equal-loss-implies-same-representation` and the GD runs of
 * `gd-fa-almost-orthogonal-at-equal-loss`, a few ms each, `otherSearchRuns`), and
 * `fa-typically-far-from-optimal` needs sides of 32 for `r >= 16` (`k = 2r`) and up to
 * `probabilityRuns` draws for its interval to decide.
 */
function searchAndProbability(
  searchRuns: number,
  otherSearchRuns: number,
  probabilityRuns: number,
): Record<string, Partial<ClaimSettings>> {
  return {
    'fa-far-from-optimal': { runs: searchRuns },
    'gd-fa-almost-orthogonal-at-equal-loss': { runs: otherSearchRuns },
    'equal-loss-implies-same-representation': { runs: otherSearchRuns },
    'fa-typically-far-from-optimal': { runs: probabilityRuns, maxSize: 32 },
    'fa-typically-far-at-rank-one': { runs: probabilityRuns },
  };
}

/**
 * `quick`: the test suite's catalogue-level tests. Fewer cases on smaller sides; every claim still comes
 * out as expected on seeds 1 to 13 and every refuted one shrinks to its stated minimal counterexample.
 */
const quick: Profile = {
  name: 'quick',
  summary: 'the test suite: 20 cases per claim, sides up to 6',
  runs: 20,
  maxSize: 6,
  blocks: 1,
  claims: {
    ...searchAndProbability(300, 100, 256),
  },
};

/** `default`: what `verify` has always run (and what its fixtures were found by). Never change it. */
const defaultProfile: Profile = {
  name: 'default',
  summary: 'the default of verify: 100 cases per claim, sides up to 8',
  runs: 100,
  maxSize: 8,
  blocks: 1,
  claims: {
    ...searchAndProbability(300, 100, 512),
  },
};

/**
 * `thorough`: the long campaign (issue #14). Every claim has a time budget, so that the run can never
 * run away: a claim that spends it is `inconclusive` (exit 1), never `holds`. The numbers are the
 * largest measured to finish within ten minutes on two cores with every claim as expected (README.md,
 * "Profiles", has the measured times and what limits each claim).
 */
const thorough: Profile = {
  name: 'thorough',
  summary:
    'the long campaign: FA claims at sides up to 256 (run reduced above 32), every other claim up to 64, 1000 cases where that fits in ten minutes on two cores, each claim with a time budget (README.md, "Profiles")',
  runs: 1000,
  maxSize: 64,
  timeBudget: 120,
  blocks: 1,
  claims: {
    ...searchAndProbability(1000, 300, 2000),
    'fa-typically-far-from-optimal': { runs: 2000, maxSize: 64, timeBudget: 120 },
    // FA claims expected to hold: sides up to 256, ranks and r up to 32 (defaultMaxRank); above
    // FA_DIRECT_MAX_SIDE = 32 their runs are the exact feedback reduction, an r x r to 3r x 2r problem.
    'fa-reaches-optimum-when-r-ge-rank': { maxSize: 256 },
    'fa-limit-closed-form': { maxSize: 256 },
    'fa-alignment-grows': { maxSize: 256, timeBudget: 300 },
    'fa-flow-invariant': { maxSize: 256, timeBudget: 150 },
    // Every step checked on the full matrices (never reduced): sides up to 64, as the other claims.
    'fa-discrete-identity': { maxSize: 64, timeBudget: 200 },
    // The reduction itself, against the full run, directly: up to 64, past the side where the
    // catalogue starts to rely on it.
    'fa-reduction-is-exact': { maxSize: 64 },
    // A case of this costs about 0.1 s at sides up to 64 (ranks up to 32).
    'two-layer-network-equals-factorization': { timeBudget: 180 },
    // Expected refuted: they stop at their first counterexample; the budget bounds its search and shrinking.
    'fa-reaches-optimum-for-every-r': { timeBudget: 40 },
    'fa-alignment-monotone': { timeBudget: 40 },
    'equal-loss-implies-same-representation': { runs: 300, timeBudget: 40 },
    'two-layer-equivalence-without-isotropy': { timeBudget: 40 },
    'fa-reaches-optimum-with-any-feedback': { timeBudget: 40 },
    'fa-converges-for-any-step-size': { timeBudget: 40 },
  },
};

/** Every profile, by name. @public */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = { quick, default: defaultProfile, thorough };

/** Thrown by {@link profileFor} for a name that is no profile's. @public */
export class UnknownProfileError extends Error {
  constructor(name: string) {
    super(`unknown profile '${name}' (known: ${PROFILE_NAMES.join(', ')})`);
    this.name = 'UnknownProfileError';
  }
}

/** The profile called `name`; throws {@link UnknownProfileError} for any other name. Pure. @public */
export function profileFor(name: string): Profile {
  if (!(PROFILE_NAMES as readonly string[]).includes(name)) throw new UnknownProfileError(name);
  return PROFILES[name as ProfileName];
}

/**
 * What claim `claimId` runs with under `profile`: the profile's values, then the claim's override,
 * then the explicit values of `overrides` (the command line's), which win for every claim. Pure.
 * @internal
 */
export function claimSettings(
  profile: Profile,
  claimId: string,
  overrides: SettingsOverrides = {},
): ClaimSettings {
  const own = profile.claims[claimId] ?? {};
  const runs = overrides.runs ?? own.runs ?? profile.runs;
  const maxSize = overrides.maxSize ?? own.maxSize ?? profile.maxSize;
  const timeBudget = overrides.timeBudget ?? own.timeBudget ?? profile.timeBudget;
  return { runs, maxSize, ...(timeBudget === undefined ? {} : { timeBudget }) };
}

/** The explicit overrides as options, in a fixed order: `--runs 5 --max-size 4`. */
function givenOptions(overrides: SettingsOverrides & { readonly blocks?: number }): string[] {
  return [
    overrides.runs === undefined ? [] : [`--runs ${overrides.runs}`],
    overrides.maxSize === undefined ? [] : [`--max-size ${overrides.maxSize}`],
    overrides.timeBudget === undefined ? [] : [`--time-budget ${overrides.timeBudget}`],
    overrides.blocks === undefined ? [] : [`--blocks ${overrides.blocks}`],
  ].flat();
}

/**
 * The profile as one line for verdict tables and reports, with the explicit overrides named:
 * `profile thorough (--max-size 32): the long campaign ...`. Pure.
 * @internal
 */
export function profileLine(
  profile: Profile,
  overrides: SettingsOverrides & { readonly blocks?: number } = {},
): string {
  const given = givenOptions(overrides);
  return `profile ${profile.name}${given.length === 0 ? '' : ` (${given.join(', ')})`}: ${profile.summary}`;
}

/** The options that select the profile and its overrides: `--profile thorough --max-size 32`. Pure. @internal */
export function profileArgs(
  profile: Profile,
  overrides: SettingsOverrides & { readonly blocks?: number } = {},
): string {
  return [`--profile ${profile.name}`, ...givenOptions(overrides)].join(' ');
}

/** The smallest side bound any claim runs with under `profile` (what a preflight checks). Pure. @internal */
export function smallestMaxSize(profile: Profile): number {
  return Math.min(profile.maxSize, ...Object.values(profile.claims).map((c) => c.maxSize ?? profile.maxSize));
}
