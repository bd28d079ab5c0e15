/**
 * The ranges the command line accepts, stated once: the option parsers enforce them and the help text
 * prints them. Each upper bound is one the code can honour, not a guess at what is useful:
 * - seeds are fast-check's: 32-bit signed integers (it folds anything else into that range);
 * - a side bound of `k` makes each generator draw `k^2` Gaussians per matrix part (five parts): at 256,
 *   a case takes about 0.2 s to draw and a run some 0.5 GB; at 512 a run of 5 cases already takes 30 s;
 * - `--runs` above 10^5 would only run out of memory or time; `--draws` above 10^4 likewise (each draw
 *   is a full FA run, and the plot keeps every one);
 * - `--workers` is capped by the number of claims anyway; 256 only refuses the absurd.
 * @internal
 */
export const OPTION_LIMITS = {
  seed: { min: -(2 ** 31), max: 2 ** 31 - 1 },
  maxSize: { min: 1, max: 256 },
  runs: { min: 1, max: 100_000 },
  workers: { min: 1, max: 256 },
  draws: { min: 1, max: 10_000 },
  blocks: { min: 1, max: 1000 },
  /** Seconds per claim for `--time-budget`: from a millisecond to a day. */
  timeBudget: { min: 0.001, max: 86_400 },
} as const;

/** `min..max` of a limit, for help texts. @internal */
export const rangeText = (limit: { readonly min: number; readonly max: number }): string =>
  `${limit.min}..${limit.max}`;
