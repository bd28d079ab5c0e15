import { describe, expect, it } from 'vitest';
import { checkBarrel } from '../../src/audit/checkBarrel.js';
import * as barrel from '../../src/index.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';

describe('checkBarrel', () => {
  it('passes src/index.ts: the registry and every rule under its name', () => {
    expect(checkBarrel(barrel, ruleRegistry)).toEqual({ missing: [], pass: true });
  });

  it('fails a barrel without the registry, or with a copy of a rule instead of the rule', () => {
    const withoutRegistry: Record<string, unknown> = { ...barrel };
    delete withoutRegistry.ruleRegistry;
    expect(checkBarrel(withoutRegistry, ruleRegistry).missing).toEqual(['ruleRegistry']);
    expect(checkBarrel({ ...barrel, gd: { ...ruleRegistry.gd } }, ruleRegistry)).toEqual({
      missing: ['gd'],
      pass: false,
    });
  });
});
