/**
 * Axis ticks for a log scale: 1, 2 and 5 times the powers of ten that lie in `[lo, hi]` (the bounds
 * are ticks when they are such numbers). Pure.
 * @internal
 */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const f of [1, 2, 5]) {
      const t = f * 10 ** e;
      if (t >= lo * (1 - 1e-12) && t <= hi * (1 + 1e-12)) ticks.push(t);
    }
  }
  return ticks;
}
