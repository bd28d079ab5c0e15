import { describe, expect, it } from 'vitest';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { kp } from '../../src/rules/kp.js';
import { mixed } from '../../src/rules/mixed.js';
import { sign } from '../../src/rules/sign.js';
import { ruleNames, ruleRegistry } from '../../src/rules/ruleRegistry.js';

describe('ruleRegistry', () => {
  it('registers gd, fa, kp, sign and mixed under their names, and nothing named FA*', () => {
    expect(ruleNames).toEqual(['gd', 'fa', 'kp', 'sign', 'mixed']);
    expect(ruleRegistry.gd).toBe(gd);
    expect(ruleRegistry.fa).toBe(fa);
    expect(ruleRegistry.kp).toBe(kp);
    expect(ruleRegistry.sign).toBe(sign);
    expect(ruleRegistry.mixed).toBe(mixed);
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

describe('rules: parameters and reductions', () => {
  it('only gd and fa are reducible; kp needs lambda, mixed rho; fa with decay is a copy with decay', () => {
    expect(Object.values(ruleRegistry).map((r) => r.reducible)).toEqual([true, true, false, false, false]);
    expect(kp.parameters.map((p) => [p.name, p.required])).toEqual([['lambda', true]]);
    expect(mixed.parameters.map((p) => [p.name, p.required])).toEqual([
      ['rho', true],
      ['lambda', false],
    ]);
    expect(fa.withValues({})).toBe(fa);
    const decayed = fa.withValues({ lambda: 0.25 });
    expect([decayed.decay, decayed.name, decayed.reducible, decayed.backwardIsConstant]).toEqual([
      0.25,
      'fa',
      true,
      true,
    ]);
    expect(gd.withValues({ lambda: 0.5 }).decay).toBe(0.5);
    expect(sign.withValues({ lambda: 0.5 }).decay).toBe(0.5);
  });

  it('sign sends mean|Z| sign(Z) backwards, into the scratch buffer', () => {
    const z = Float64Array.from([2, -1, 0, 1]);
    const out = new Float64Array(4);
    expect(sign.backward(z, null, out)).toBe(out);
    expect(Array.from(out)).toEqual([1, -1, 0, 1]);
    expect(Array.from(sign.backward(new Float64Array(4), null, out))).toEqual([0, 0, 0, 0]);
  });
});
