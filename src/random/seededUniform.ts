import seedrandom from 'seedrandom';

/** A uniform source on [0, 1) seeded by any string (seedrandom's ARC4 generator). @public */
export function seededUniform(seed: string): () => number {
  return seedrandom(seed);
}
