import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../claim/Claim.js';
import { CliError } from './CliError.js';

/** The claim with this id, or a one-line {@link CliError} listing the known ids. @internal */
export function findClaim(id: string): AnyClaim {
  const claim = catalogue.find((c) => c.id === id);
  if (claim === undefined) {
    throw new CliError(`unknown claim id '${id}'; known ids: ${catalogue.map((c) => c.id).join(', ')}`);
  }
  return claim;
}
