import { InvalidArgumentError } from 'commander';
import { PROFILE_NAMES, profileFor, UnknownProfileError } from '../runner/profiles.js';

/** What `--profile` does, for `check`, `verify` and `report`. @internal */
export const PROFILE_HELP =
  `named settings: ${PROFILE_NAMES.join(', ')} (README.md, "Profiles"); ` +
  'an explicit --runs, --max-size or --time-budget (and --blocks on verify) overrides its values for every claim';

/**
 * A commander option parser for `--profile`: a known profile's name, else one line naming the value and
 * the known names (commander adds the option's name; exit 2). @internal
 */
export function parseProfileOption(value: string): string {
  try {
    return profileFor(value).name;
  } catch (e) {
    if (e instanceof UnknownProfileError) throw new InvalidArgumentError(e.message);
    throw e;
  }
}
