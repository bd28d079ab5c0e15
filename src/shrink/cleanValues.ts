/**
 * Simpler values to try in place of `x`, simplest first: 0 (when `allowZero`), `±1`, then `x` rounded to
 * 1, 2 and 3 significant digits. Values equal to `x` are left out. Pure.
 * @internal
 */
export function cleanValues(x: number, allowZero: boolean): number[] {
  const out: number[] = [];
  const push = (v: number): void => {
    if (Number.isFinite(v) && v !== x && !out.includes(v)) out.push(v);
  };
  if (allowZero) push(0);
  if (x !== 0) push(Math.sign(x));
  for (const digits of [1, 2, 3]) push(x === 0 ? 0 : Number(x.toPrecision(digits)));
  return out;
}
