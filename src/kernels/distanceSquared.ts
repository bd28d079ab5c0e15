/**
 * `sum_i (x_i - y_i)^2` over the first `length` entries, summed in order: the direct residual of a
 * product against its target (`faLimit`, the feedback reduction's offset, the lift of a reduced run).
 * Small, so that V8 optimises its loop at once even where it runs a single time over `n m` entries.
 * Kernel: no validation, no allocation.
 * @internal
 */
export function distanceSquared(x: Float64Array, y: Float64Array, length: number): number {
  let acc = 0;
  for (let i = 0; i < length; i++) {
    const e = x[i] - y[i];
    acc += e * e;
  }
  return acc;
}
