/**
 * The Butcher tableau of the Dormand–Prince 5(4) pair (Dormand & Prince 1980; Hairer, Nørsett &
 * Wanner, *Solving ODEs I*, Table II.5.2). Seven stages; the seventh is evaluated at the new point
 * with the fifth-order weights, so it is the first stage of the next step (FSAL, "first same as last").
 *
 * - `c[i]`: the time of stage `i + 1` as a fraction of the step.
 * - `a[i]`: the weights of the earlier stages in stage `i + 1` (`a[0]` is empty).
 * - `b`: the fifth-order weights (the solution that is propagated; `b[6] = 0`).
 * - `e`: `b - b*`, the fifth-order minus the embedded fourth-order weights; `h * sum_j e[j] k_j` is the
 *   local error estimate.
 * @internal
 */
export const dormandPrince5Tableau = Object.freeze({
  c: [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1, 1] as readonly number[],
  a: [
    [],
    [1 / 5],
    [3 / 40, 9 / 40],
    [44 / 45, -56 / 15, 32 / 9],
    [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
    [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
    [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
  ] as readonly (readonly number[])[],
  b: [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0] as readonly number[],
  e: [71 / 57600, 0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525, -1 / 40] as readonly number[],
});
