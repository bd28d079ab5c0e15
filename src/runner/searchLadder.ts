/**
 * The side bounds a targeted search climbs, smallest first: 2, 4, 8, ... below `maxSize`, then
 * `maxSize` itself (just `[1]` for a bound of 1). A witness found low on the ladder is small, and the
 * search of a rung depends on its side bound alone, so `--max-size` of that rung replays it. Pure.
 * @internal
 */
export function searchLadder(maxSize: number): number[] {
  const rungs: number[] = [];
  for (let side = 2; side < maxSize; side *= 2) rungs.push(side);
  rungs.push(maxSize);
  return rungs;
}
