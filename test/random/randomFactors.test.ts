import { describe, expect, it } from 'vitest';
import { gaussianSampler } from '../../src/random/gaussianSampler.js';
import { randomFactors } from '../../src/random/randomFactors.js';
import { seededUniform } from '../../src/random/seededUniform.js';

describe('randomFactors', () => {
  it('draws Z0 (n x r) then W0 (r x m), scale * N(0, 1), from seedrandom(seed)', () => {
    const [n, m, r, scale] = [3, 4, 2, 0.1];
    const { z0, w0 } = randomFactors(n, m, r, scale, 'rf');
    expect([z0.rows, z0.cols, w0.rows, w0.cols]).toEqual([n, r, r, m]);
    const normal = gaussianSampler(seededUniform('rf'));
    const expected = Array.from({ length: n * r + r * m }, () => scale * normal());
    expect([...z0.data, ...w0.data]).toEqual(expected);
  });

  it('is deterministic in its seed, and scale 0 gives zeros', () => {
    expect(randomFactors(2, 2, 1, 1, 's').z0.data).toEqual(randomFactors(2, 2, 1, 1, 's').z0.data);
    expect(randomFactors(2, 2, 1, 1, 's').z0.data).not.toEqual(randomFactors(2, 2, 1, 1, 't').z0.data);
    const zero = randomFactors(2, 3, 2, 0, 's');
    expect([...zero.z0.data, ...zero.w0.data].every((v) => v === 0)).toBe(true);
  });
});
