import type { AnyClaim } from '../claim/Claim.js';
import type { HypothesisLink } from './hypothesisCoverage.js';

/** One row of the claim coverage table. @internal */
export interface HypothesisRow {
  readonly claim: string;
  readonly expected: AnyClaim['expected'];
  readonly index: number;
  readonly hypothesis: string;
  readonly exercisedBy: readonly string[];
  readonly necessaryBy: readonly string[];
}

/** The claim coverage audit: the table, what is wrong with it, and what it leaves unshown. @internal */
export interface ClaimCoverage {
  readonly rows: readonly HypothesisRow[];
  /** One line per defect: a hypothesis with no link, an unknown id, a stale quote... (failures). */
  readonly problems: readonly string[];
  /** Hypotheses of claims expected to hold that no refuted claim shows necessary (allowed, reported). */
  readonly notShownNecessary: readonly string[];
  readonly pass: boolean;
}

/**
 * Checks the claim coverage table against the catalogue: every hypothesis of every claim has an entry
 * whose quote still appears in its text, names properties of the catalogue that exercise it and/or
 * refuted claims that show it necessary, and has at least one of the two. Names in `necessaryBy` must
 * be claims expected to be refuted. Pure.
 * @internal
 */
export function checkClaimCoverage(
  catalogue: readonly AnyClaim[],
  table: Readonly<Record<string, readonly HypothesisLink[]>>,
): ClaimCoverage {
  const byId = new Map(catalogue.map((c) => [c.id, c] as const));
  const rows: HypothesisRow[] = [];
  const problems: string[] = [];
  const notShownNecessary: string[] = [];
  for (const id of Object.keys(table)) {
    if (!byId.has(id)) problems.push(`${id}: in the coverage table but not in the catalogue`);
  }
  for (const claim of catalogue) {
    const links = table[claim.id] ?? [];
    if (links.length > claim.hypotheses.length) {
      problems.push(`${claim.id}: ${links.length} table entries for ${claim.hypotheses.length} hypotheses`);
    }
    claim.hypotheses.forEach((hypothesis, index) => {
      const where = `${claim.id} #${index}`;
      const link = links[index];
      if (link === undefined) {
        problems.push(`${where} "${hypothesis}": no entry in the coverage table`);
        return;
      }
      if (!hypothesis.includes(link.quote))
        problems.push(`${where}: quote "${link.quote}" not in "${hypothesis}"`);
      for (const p of link.exercisedBy)
        if (!byId.has(p)) problems.push(`${where}: exercised by unknown claim ${p}`);
      for (const r of link.necessaryBy) {
        if (byId.get(r)?.expected !== 'refuted')
          problems.push(`${where}: ${r} is not a refuted claim of the catalogue`);
      }
      if (link.exercisedBy.length === 0 && link.necessaryBy.length === 0) {
        problems.push(`${where} "${hypothesis}": neither exercised nor shown necessary`);
      }
      if (claim.expected === 'holds' && link.necessaryBy.length === 0)
        notShownNecessary.push(`${where}: ${hypothesis}`);
      rows.push({
        claim: claim.id,
        expected: claim.expected,
        index,
        hypothesis,
        exercisedBy: link.exercisedBy,
        necessaryBy: link.necessaryBy,
      });
    });
  }
  return { rows, problems, notShownNecessary, pass: problems.length === 0 };
}
