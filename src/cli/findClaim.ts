import { catalogue } from '../../properties/catalogue.js';
import type { AnyClaim } from '../claim/Claim.js';
import { CliError } from './CliError.js';

/**
 * The claim with this id among `claims` (default the catalogue), or a one-line {@link CliError} listing
 * the known ids. @internal
 */
export function findClaim(id: string, claims: readonly AnyClaim[] = catalogue): AnyClaim {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) {
    throw new CliError(`unknown claim id '${id}'; known ids: ${claims.map((c) => c.id).join(', ')}`);
  }
  return claim;
}
