import type { CatalogueFiles } from './checkCatalogueFiles.js';
import type { ClaimCoverage } from './checkClaimCoverage.js';

/** A table cell: a `|` inside it would end the cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

const list = (ids: readonly string[]): string =>
  ids.length === 0 ? '-' : ids.map((id) => `\`${id}\``).join(', ');

/**
 * The claim coverage section of the audit summary (markdown): every hypothesis of every claim with
 * the properties that exercise it and the refuted claims that show it necessary, the defects, the
 * hypotheses no refuted claim shows necessary, and the layout checks. Pure.
 * @internal
 */
export function formatClaimSection(c: ClaimCoverage, files: CatalogueFiles): string {
  const lines = [
    '## Claim coverage',
    '',
    `Table: ${c.rows.length} hypotheses; **${c.pass ? 'pass' : 'FAIL'}**.`,
    '',
    '| claim | # | hypothesis | exercised by | shown necessary by |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of c.rows) {
    const necessary = row.expected === 'refuted' ? 'n/a (refuted claim)' : list(row.necessaryBy);
    lines.push(
      `| ${row.claim} | ${row.index} | ${cell(row.hypothesis)} | ${list(row.exercisedBy)} | ${necessary} |`,
    );
  }
  lines.push('');
  for (const p of c.problems) lines.push(`- FAIL: ${p}`);
  lines.push(
    '',
    `Hypotheses of claims that hold which no refuted claim shows necessary (${c.notShownNecessary.length}; allowed, since each is exercised):`,
    '',
    ...c.notShownNecessary.map((h) => `- ${h}`),
    '',
    '### Catalogue layout',
    '',
    `- property files named by their ids: ${files.missingPropertyFiles.length === 0 ? 'all present' : `**missing** ${list(files.missingPropertyFiles)}`}`,
    `- ids of the theory document's table (${files.theoryIds.length}, from ${files.theorySource}): ${files.missingFromCatalogue.length === 0 ? 'all in the catalogue' : `**missing** ${list(files.missingFromCatalogue)}`}`,
    `- catalogue ids not in ${files.theorySource}: ${files.notInTheory.length === 0 ? '-' : `**missing** ${list(files.notInTheory)}`}`,
    `- barrel \`src/index.ts\` names the rule registry: ${files.barrel.pass ? 'yes' : `**no**, missing ${list(files.barrel.missing)}`}`,
  );
  return `${lines.join('\n')}\n`;
}
