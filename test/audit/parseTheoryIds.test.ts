import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import { parseTheoryIds, THEORY_DOCUMENT } from '../../src/audit/parseTheoryIds.js';

/** The theory document in the repository; reading it fails the test when it is missing. */
const doc = (): string => readFileSync(join(packageRoot(), THEORY_DOCUMENT), 'utf8');

/** Ids of one set that the other lacks, each way. */
function difference(
  documented: readonly string[],
  catalogued: readonly string[],
): { notCatalogued: string[]; notDocumented: string[] } {
  return {
    notCatalogued: documented.filter((id) => !catalogued.includes(id)),
    notDocumented: catalogued.filter((id) => !documented.includes(id)),
  };
}

/** The document with the catalogue table row of `id` removed. */
const withoutRow = (text: string, id: string): string =>
  text
    .split('\n')
    .filter((line) => !line.startsWith(`| \`${id}\``))
    .join('\n');

describe('parseTheoryIds', () => {
  it('takes the code-span first cell of table rows, in order, and nothing else', () => {
    const text = [
      '| id | statement | expected |',
      '|---|---|---|',
      '| `gd-reaches-optimum` | GD ... | holds |',
      '|  `fa-limit-closed-form`  | FA ... | holds |',
      '| `gd` | a rule, not a claim id | - |',
      'text mentioning `fa-alignment-grows` outside a table',
      '| plain | `fa-alignment-monotone` in a later cell |',
    ].join('\n');
    expect(parseTheoryIds(text)).toEqual(['gd-reaches-optimum', 'fa-limit-closed-form']);
  });

  it("finds exactly the catalogue's ids in docs/theory.md, each way, each once", () => {
    const ids = parseTheoryIds(doc());
    const catalogued = catalogue.map((c) => c.id);
    expect(difference(ids, catalogued)).toEqual({ notCatalogued: [], notDocumented: [] });
    expect(ids).toHaveLength(new Set(ids).size);
    expect(ids).toEqual(catalogued); // in the catalogue's order
  });

  it('notices a planted difference: a claim missing from the document, an id the catalogue lacks', () => {
    const catalogued = catalogue.map((c) => c.id);
    const [first] = catalogued;
    const missing = parseTheoryIds(withoutRow(doc(), first));
    expect(difference(missing, catalogued)).toEqual({ notCatalogued: [], notDocumented: [first] });
    const extra = parseTheoryIds(`${doc()}\n| \`fa-star-converges\` | refuted | planted |\n`);
    expect(difference(extra, catalogued)).toEqual({
      notCatalogued: ['fa-star-converges'],
      notDocumented: [],
    });
  });

  it('documents every claim in its own section, with its statement, expected outcome and hypotheses word for word', () => {
    const text = doc();
    const sections = text.split(/^### /m).slice(1);
    for (const claim of catalogue) {
      const section = sections.find((s) => s.startsWith(`\`${claim.id}\`\n`));
      expect(section, `a section "### \`${claim.id}\`"`).toBeDefined();
      const body = (section ?? '').replace(/\s+/g, ' ');
      expect(body).toContain(`**Statement**: ${claim.statement}.`);
      expect(body).toContain(`**Expected**: ${claim.expected}.`);
      for (const h of claim.hypotheses) expect(body).toContain(`\`${h}\``);
      // A claim refuted by a counterexample states its minimal one; a probability claim is refuted by its interval.
      expect(body.includes('**Minimal counterexample**')).toBe(
        claim.expected === 'refuted' && (claim.kind ?? 'universal') === 'universal',
      );
    }
  });

  it('states the safe FA step size and the decisive multiple that the code uses', () => {
    const text = doc();
    expect(text).toContain('eta_safe = 0.4 (s1(Y) ||B||_2)^(-2/3)');
    expect(text).toContain('`DECISIVE_MULTIPLE` = 10');
    for (const outcome of ['holds', 'refuted', 'witnessed', 'not witnessed', 'error', 'inconclusive'])
      expect(text).toContain(`- **\`${outcome}\`**`);
  });
});
