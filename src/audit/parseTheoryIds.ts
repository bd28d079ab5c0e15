/**
 * The claim ids of THEORY.md's catalogue table: the first cell of every table row that is a single
 * code span of lower-case words joined by hyphens (`| \`fa-limit-closed-form\` | ... |`), in order.
 * Pure.
 * @internal
 */
export function parseTheoryIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = /^\|\s*`([a-z0-9]+(?:-[a-z0-9]+)+)`\s*\|/.exec(line);
    if (match !== null) ids.push(match[1]);
  }
  return ids;
}
