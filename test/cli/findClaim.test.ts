import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { CliError } from '../../src/cli/CliError.js';
import { findClaim } from '../../src/cli/findClaim.js';

describe('findClaim', () => {
  it('finds every claim of the catalogue by its id', () => {
    for (const c of catalogue) expect(findClaim(c.id)).toBe(c);
  });

  it('refuses an unknown id with one line listing the known ids (exit code 2)', () => {
    let error: unknown;
    try {
      findClaim('fa-reaches-optimum-typo');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const e = error as CliError;
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(
      `unknown claim id 'fa-reaches-optimum-typo'; known ids: ${catalogue.map((c) => c.id).join(', ')}`,
    );
  });
});
