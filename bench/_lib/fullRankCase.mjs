import { gaussianSampler } from '../../dist/src/random/gaussianSampler.js';
import { seededUniform } from '../../dist/src/random/seededUniform.js';

/** Row-major `rows x cols` data as nested rows, for a case file. */
const nested = (data, rows, cols) =>
  Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));

/**
 * A benchmark case on what users' data look like (issue #14): a full-rank (noisy) `n x m` target
 * `Y = L + 0.1 G / sqrt(max(n, m))`, `L` the product of two Gaussian factors of inner size `r`
 * (so a few strong directions over a floor of noise of every rank), scaled to `||Y||_F = 1`; `B` with
 * i.i.d. `N(0, 1/n)` entries; `eta = 0.1`; exactly `steps` steps. `init: 'zero'` starts FA from zero,
 * `'small-random'` from `Z0`, `W0` with i.i.d. `N(0, 1e-4)` entries, written into the case so the numpy
 * peer starts from the very same numbers. GD needs the random start (zero is its saddle). Seeded: every
 * run and every machine benchmarks the same numbers.
 * @param {{ n: number, m: number, r: number, rule: 'fa' | 'gd', init: 'zero' | 'small-random', steps: number }} c
 * @returns {Record<string, unknown>} the case file's object
 */
export function fullRankCase(c) {
  const { n, m, r } = c;
  const normal = gaussianSampler(seededUniform(`bench/full-rank/${n}x${m}/${r}`));
  const a = Float64Array.from({ length: n * r }, () => normal());
  const bf = Float64Array.from({ length: r * m }, () => normal());
  const y = new Float64Array(n * m);
  const noise = 0.1 / Math.sqrt(Math.max(n, m));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let l = 0; l < r; l++) acc += a[i * r + l] * bf[l * m + j];
      y[i * m + j] = acc / Math.sqrt(n * m * r) + noise * normal();
    }
  let norm = 0;
  for (const v of y) norm += v * v;
  norm = Math.sqrt(norm);
  for (let i = 0; i < y.length; i++) y[i] /= norm;
  const b = Float64Array.from({ length: n * r }, () => normal() / Math.sqrt(n));
  const start =
    c.init === 'small-random'
      ? {
          Z0: nested(
            Float64Array.from({ length: n * r }, () => 1e-2 * normal()),
            n,
            r,
          ),
          W0: nested(
            Float64Array.from({ length: r * m }, () => 1e-2 * normal()),
            r,
            m,
          ),
        }
      : {};
  return { Y: nested(y, n, m), r, rule: c.rule, eta: 0.1, steps: c.steps, B: nested(b, n, r), ...start };
}
