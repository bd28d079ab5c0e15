import type { Dense } from '../linalg/Dense.js';
import { gaussianSampler } from './gaussianSampler.js';
import { seededUniform } from './seededUniform.js';

/**
 * Small random initial factors: `Z0` (n x r) then `W0` (r x m), row-major, i.i.d. `scale * N(0, 1)`
 * from `seedrandom(seed)` through Box–Muller. The order of draws is part of the format: the same
 * `(n, m, r, scale, seed)` gives the same factors everywhere.
 * @public
 */
export function randomFactors(
  n: number,
  m: number,
  r: number,
  scale: number,
  seed: string,
): { z0: Dense; w0: Dense } {
  const normal = gaussianSampler(seededUniform(seed));
  const z = new Float64Array(n * r);
  const w = new Float64Array(r * m);
  for (let i = 0; i < z.length; i++) z[i] = scale * normal();
  for (let i = 0; i < w.length; i++) w[i] = scale * normal();
  return { z0: { rows: n, cols: r, data: z }, w0: { rows: r, cols: m, data: w } };
}
