/**
 * Hypotheses that several claims share, word for word, so that the claim-coverage audit matches them
 * and the catalogue reads the same everywhere.
 * @public
 */
export const hypotheses = {
  faFromZero: 'FA from zero initialisation',
  bGeneric:
    'B generic: Gaussian perturbation of the coordinate axes, scaled 1/sqrt(n); ||B^T u_i|| and the smallest singular value of B^T U at least 1e-3 ||B||_2 / sqrt(n)',
  safeEta: 'safe step size eta = 0.4 (s1(Y) ||B||_2)^(-2/3)',
} as const;
