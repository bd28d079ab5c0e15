import { describe, expect, it } from 'vitest';
import { gaussianSampler } from '../../src/random/gaussianSampler.js';
import { seededUniform } from '../../src/random/seededUniform.js';

describe('gaussianSampler (Box–Muller)', () => {
  it('is deterministic given its uniform source', () => {
    const a = gaussianSampler(seededUniform('g'));
    const b = gaussianSampler(seededUniform('g'));
    for (let i = 0; i < 20; i++) expect(a()).toBe(b());
  });

  it('has mean about 0 and variance about 1 (20000 seeded draws)', () => {
    const normal = gaussianSampler(seededUniform('moments'));
    const n = 20000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = normal();
      sum += x;
      sumSq += x * x;
    }
    expect(Number.isFinite(sumSq)).toBe(true);
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThanOrEqual(0.05); // about 7 standard errors
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThanOrEqual(0.05);
  });

  it('pairs the draws: cos then sin of the same radius and angle', () => {
    const values = [0.25, 0.125];
    let i = 0;
    const normal = gaussianSampler(() => values[i++ % 2]);
    const radius = Math.sqrt(-2 * Math.log(0.25));
    expect(Math.abs(normal() - radius * Math.cos(2 * Math.PI * 0.125))).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(normal() - radius * Math.sin(2 * Math.PI * 0.125))).toBeLessThanOrEqual(1e-15);
  });

  it('never takes log(0): a zero uniform draw is redrawn', () => {
    const values = [0, 0, 0.5, 0.25];
    let i = 0;
    const x = gaussianSampler(() => values[i++])();
    expect(Number.isFinite(x)).toBe(true);
    expect(Math.abs(x - Math.sqrt(-2 * Math.log(0.5)) * Math.cos(2 * Math.PI * 0.25))).toBeLessThanOrEqual(
      1e-15,
    );
  });
});
