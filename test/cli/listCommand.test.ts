import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { listCommand } from '../../src/cli/listCommand.js';
import { ruleNames } from '../../src/rules/ruleRegistry.js';

describe('fa-verify list', () => {
  it('prints one line per claim: id, expected outcome and statement, in catalogue order', () => {
    let out = '';
    expect(listCommand({}, (s) => (out += s))).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(catalogue.length);
    catalogue.forEach((c, i) => {
      expect(lines[i].startsWith(c.id.padEnd(44))).toBe(true);
      expect(lines[i]).toContain(` ${c.expected.padEnd(8)} ${c.statement}`);
    });
  });

  it('--json prints [{id, expected, statement, hypotheses}]', () => {
    let out = '';
    expect(listCommand({ json: true }, (s) => (out += s))).toBe(0);
    const entries = JSON.parse(out) as { id: string; hypotheses: string[] }[];
    expect(entries.map((e) => e.id)).toEqual(catalogue.map((c) => c.id));
    expect(Object.keys(entries[0]).sort()).toEqual(['expected', 'hypotheses', 'id', 'statement']);
    expect(entries[0].hypotheses).toEqual(catalogue[0].hypotheses);
  });

  it('--rules prints every registered rule with its update and parameters, and --json their fields', () => {
    let out = '';
    expect(listCommand({ rules: true }, (s) => (out += s))).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2 * ruleNames.length);
    expect(lines.filter((_l, i) => i % 2 === 0).map((l) => l.split(' ')[0])).toEqual([...ruleNames]);
    expect(out).toContain('lambda >= 0, eta lambda < 1, required');
    expect(out).toContain('rho in [0, 1], required');
    let json = '';
    expect(listCommand({ rules: true, json: true }, (s) => (json += s))).toBe(0);
    const entries = JSON.parse(json) as { name: string; parameters: { name: string; required: boolean }[] }[];
    expect(entries.map((e) => e.name)).toEqual([...ruleNames]);
    expect(entries.find((e) => e.name === 'mixed')?.parameters.map((p) => [p.name, p.required])).toEqual([
      ['rho', true],
      ['lambda', false],
    ]);
  });
});
