/**
 * The right-hand side of an autonomous or time-dependent ODE `dx/dt = f(t, x)` on a flat state vector.
 * It writes `f(t, x)` into `dxdt` (same length as `x`, never aliasing it) and must not keep `x` or
 * `dxdt`: the integrator reuses both buffers. A non-finite output is allowed and is handled by the
 * integrator (the step is rejected, or the run stops as diverged).
 * @internal
 */
export type OdeRightHandSide = (t: number, x: Float64Array, dxdt: Float64Array) => void;
