import type fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';

/**
 * Shrinking toward smaller sides across generators: fast-check shrinks one part of an input at a time,
 * so it can stop at, say, a 2 x 2 instance whose failure needs another feedback family to show at
 * 1 x 1. After a refutation with largest side `s`, this searches again (same seed and runs) with sides
 * at most `s - 1`, and keeps the smaller refutation, until none is found or the claim's generator
 * cannot be that small. Returns the last refutation and the side bound under which it replays.
 * @internal
 */
export function smallerSides(
  claim: AnyClaim,
  first: fc.RunDetails<[unknown]>,
  maxSize: number,
  checkAt: (size: number) => fc.RunDetails<[unknown]>,
): { details: fc.RunDetails<[unknown]>; maxSize: number } {
  const sidesOf = (run: fc.RunDetails<[unknown]>): number => {
    if (!run.failed || run.counterexample === null) return Number.NaN;
    const d = claim.describe(run.counterexample[0]);
    return Math.max(Number(d.n), Number(d.m));
  };
  let details = first;
  let size = maxSize;
  let sides = sidesOf(first);
  // NaN sides: no refutation, or an input without a shape; nothing to shrink.
  while (!Number.isNaN(sides) && sides > 1) {
    let next: fc.RunDetails<[unknown]>;
    try {
      next = checkAt(sides - 1);
    } catch {
      break; // the generator cannot build inputs that small (its hypotheses need the sides)
    }
    const nextSides = sidesOf(next);
    // Stop unless a strictly smaller refutation turned up (a generator may ignore the bound).
    if (Number.isNaN(nextSides) || nextSides >= sides) break;
    details = next;
    size = sides - 1;
    sides = nextSides;
  }
  return { details, maxSize: size };
}
