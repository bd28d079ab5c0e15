import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { formatOwnSettings } from '../../src/cli/formatOwnSettings.js';
import { claimSettings, profileFor } from '../../src/runner/profiles.js';

describe('formatOwnSettings', () => {
  it('lists the claims a profile gives settings of their own, with what their budgets count and the sides they need', () => {
    const p = profileFor('default');
    const text = formatOwnSettings(
      catalogue,
      catalogue.map((c) => claimSettings(p, c.id)),
      claimSettings(p, ''),
    );
    expect(text.split('\n')[0]).toBe('settings of their own:');
    expect(text).toContain('  fa-far-from-optimal: 300 evaluations a rung of its search, sides up to 8\n');
    expect(text).toContain(
      '  fa-typically-far-from-optimal: up to 512 draws, sides up to 32 (its inputs need sides of 32 or more)\n',
    );
    expect(text).not.toContain('gd-reaches-optimum');
  });

  it('says nothing when every claim runs with the profile settings (explicit options override them all)', () => {
    const p = profileFor('default');
    const given = { runs: 5, maxSize: 4 };
    const text = formatOwnSettings(
      catalogue,
      catalogue.map((c) => claimSettings(p, c.id, given)),
      claimSettings(p, '', given),
    );
    expect(text).toBe('');
  });
});
