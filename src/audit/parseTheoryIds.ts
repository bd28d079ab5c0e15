/**
 * The claim ids of the theory document's catalogue table (`docs/theory.md` §Claims): the first cell of
 * every table row that is a single code span of lower-case words joined by hyphens
 * (`| \`fa-limit-closed-form\` | ... |`), in order. Other tables of the document (the update rules) have
 * no such first cell. Pure.
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

/** Where the catalogue's claims are stated, relative to the package root. @internal */
export const THEORY_DOCUMENT = 'docs/theory.md';
