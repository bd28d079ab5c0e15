import type { Fault } from './Fault.js';

/**
 * The two-layer network trains on inputs that were never whitened: at twice the scale the whitening
 * gives, so `X X^T / N = 4 I` instead of `I`.
 * @internal
 */
export const inputsNotWhitened: Fault = {
  id: 'inputs-not-whitened',
  description: 'the two-layer network trains on unwhitened inputs (X X^T / N = 4 I instead of I)',
  plant: (real) => ({
    ...real,
    trainTwoLayerNetwork: (o) => real.trainTwoLayerNetwork({ ...o, X: o.X.clone().mul(2) }),
  }),
};
