import { Matrix } from 'ml-matrix';
import type { NetworkCase } from '../generate/NetworkCase.js';
import { correlatedInputs } from '../network/correlatedInputs.js';
import { isotropicInputs } from '../network/isotropicInputs.js';
import { fa } from '../rules/fa.js';
import { gd } from '../rules/gd.js';
import { gdStepSize } from '../theory/gdStepSize.js';
import { faStepSize } from '../theory/faStepSize.js';
import { solveCase } from '../solvers/solveCase.js';
import { realSolvers, type Solvers } from '../solvers/Solvers.js';

/**
 * Trains the two-layer network of `nc` and the factorization for `steps` steps with the same rule, step
 * size and start (GD: the small random factors; FA: zero), and returns the largest gap between the two
 * products `Z W` over the steps, relative to `||Y||_F`.
 * @internal
 */
export function networkGap(
  nc: NetworkCase,
  steps: number,
  solvers: Solvers = realSolvers,
): { gap: number; networkReason: string; compared: number } {
  const { c, rule } = nc;
  const eta = rule === 'fa' ? faStepSize(c) : gdStepSize(c.s[0]);
  const z0 = rule === 'fa' ? null : c.Z0;
  const w0 = rule === 'fa' ? null : c.W0;
  const samples = c.m + nc.extra;
  const levels = nc.varianceLevels.slice(0, c.m);
  const x = levels.every((l) => l === 0)
    ? isotropicInputs(c.m, samples, String(nc.inputSeed))
    : correlatedInputs(c.m, samples, Matrix.diag(levels.map((l) => 2 ** l)), String(nc.inputSeed));
  const net = solvers.trainTwoLayerNetwork({
    X: x,
    Y: c.Y,
    r: c.r,
    B: c.B,
    rule: rule === 'fa' ? fa : gd,
    eta,
    steps,
    Z0: z0,
    W0: w0,
    recordEvery: 1,
  });
  let gap = 0;
  for (const rec of net.history) {
    const fact = solveCase(c.Y, c.r, c.B, z0, w0, {
      rule: rule === 'fa' ? fa : gd,
      eta,
      stopping: { kind: 'steps', steps: rec.step },
      solvers,
    });
    const d = rec.Z.mmul(rec.W).sub(fact.Z.mmul(fact.W)).norm('frobenius') / c.Y.norm('frobenius');
    gap = Math.max(gap, d);
  }
  return { gap, networkReason: net.reason, compared: net.history.length };
}
