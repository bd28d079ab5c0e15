/** The GD step of the claims, in units of `1 / s_1(Y)`: the one place it is written. @public */
export const GD_STEP = 0.25;

/**
 * GD's step size for a target with largest singular value `s1`: `eta = 0.25 / s_1(Y)`. GD from small
 * factors contracts at rate about `2 s_1` near its optimum, so `eta s_1 = 0.25` keeps every step stable
 * with room to spare. Pure.
 * @public
 */
export function gdStepSize(s1: number): number {
  return GD_STEP / s1;
}
