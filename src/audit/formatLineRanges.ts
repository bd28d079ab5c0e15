/**
 * Ascending line numbers as compact ranges: `[3, 4, 5, 9]` is `3-5, 9`; repeats are dropped. Pure.
 * @internal
 */
export function formatLineRanges(lines: readonly number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < unique.length; i++) {
    const first = unique[i];
    while (i + 1 < unique.length && unique[i + 1] === unique[i] + 1) i++;
    parts.push(unique[i] === first ? `${first}` : `${first}-${unique[i]}`);
  }
  return parts.join(', ');
}
