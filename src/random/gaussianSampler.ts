/**
 * Standard normal draws from a uniform source on [0, 1), by the Box–Muller transform. All randomness
 * in the suite flows from an injected source (seedrandom outside properties, fast-check inside), so the
 * same seed gives the same numbers on every machine.
 * @public
 */
export function gaussianSampler(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = uniform();
    while (u <= 0) u = uniform(); // log(0) guard
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
}
