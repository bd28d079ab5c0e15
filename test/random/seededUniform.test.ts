import { describe, expect, it } from 'vitest';
import { seededUniform } from '../../src/random/seededUniform.js';

describe('seededUniform', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string): number[] => {
      const u = seededUniform(seed);
      return Array.from({ length: 8 }, () => u());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('stays in [0, 1)', () => {
    const u = seededUniform('range');
    const draws = Array.from({ length: 2000 }, () => u());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
