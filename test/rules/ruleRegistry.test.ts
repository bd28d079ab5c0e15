import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { ruleNames, ruleRegistry } from '../../src/rules/ruleRegistry.js';

describe('ruleRegistry', () => {
  it('registers gd and fa under their names, and nothing named FA*', () => {
    expect(ruleNames).toEqual(['gd', 'fa']);
    expect(ruleRegistry.gd).toBe(gd);
    expect(ruleRegistry.fa).toBe(fa);
    expect(Object.keys(ruleRegistry).some((name) => name.toLowerCase().startsWith('fa*'))).toBe(false);
    expect(Object.isFrozen(ruleRegistry)).toBe(true);
  });

  it('gd sends Z backwards, needs no B and cannot start at zero', () => {
    const z = Float64Array.from([1, 2]);
    const b = Float64Array.from([3, 4]);
    expect(gd.backward(z, b)).toBe(z);
    expect(gd.backward(z, null)).toBe(z);
    expect([gd.needsFeedback, gd.allowsZeroInit, gd.backwardIsConstant]).toEqual([false, false, false]);
  });

  it('fa sends the fixed B backwards, needs B and may start at zero', () => {
    const z = Float64Array.from([1, 2]);
    const b = Float64Array.from([3, 4]);
    expect(fa.backward(z, b)).toBe(b);
    expect([fa.needsFeedback, fa.allowsZeroInit, fa.backwardIsConstant]).toEqual([true, true, true]);
  });
});

describe('rules: their one-line summaries', () => {
  it('state the W update that distinguishes them', () => {
    expect(gd.summary).toBe('Z <- Z - eta E W^T ; W <- W - eta Z^T E');
    expect(fa.summary).toBe('Z <- Z - eta E W^T ; W <- W - eta B^T E  (B fixed)');
  });
});
