import type { RegimeCoverage } from './checkRegimeCoverage.js';

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

/**
 * The regime coverage section of the audit summary (markdown): per claim the inputs sampled, every
 * requirement with its observed share, Wilson interval and verdict, and the counts of every regime
 * seen. Pure.
 * @internal
 */
export function formatRegimeSection(regimes: readonly RegimeCoverage[], seconds: number): string {
  const certainty = regimes[0]?.certainty ?? 0.999;
  const lines = [
    '## Regime coverage (generators)',
    '',
    `Each requirement is decided on the Wilson interval of its share at ${percent(certainty)} certainty: ` +
      'accepted when the lower bound reaches the required share, rejected when the upper bound is below ' +
      'it; batches of `fc.sample` on fresh seeds until every requirement is decided (or the cap). ' +
      `${seconds.toFixed(1)} s in all.`,
    '',
    '| claim | samples | regime | required | observed | interval | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  // A claim checked at the sides of several profiles is named with them: `id (quick: sides <= 6)`.
  const name = (r: RegimeCoverage): string =>
    r.profiles.length === 0 ? r.claim : `${r.claim} (${r.profiles.join(', ')}: sides <= ${r.maxSize})`;
  for (const r of regimes) {
    if (r.missingRequirements) lines.push(`| ${name(r)} | ${r.samples} | (none declared) | | | | **FAIL** |`);
    r.requirements.forEach((v, i) => {
      const verdict = v.verdict === 'accepted' ? 'accepted' : `**${v.verdict}**`;
      lines.push(
        `| ${i === 0 ? name(r) : ''} | ${i === 0 ? r.samples : ''} | ${v.label} | ${percent(v.required)} | ` +
          `${v.count} (${percent(v.share)}) | ${percent(v.lower)} - ${percent(v.upper)} | ${verdict} |`,
      );
    });
  }
  lines.push('', 'Counts of every regime seen (declared but not required in italics):', '');
  for (const r of regimes) {
    const counts = Object.entries(r.counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, n]) => (r.unrequired.includes(label) ? `_${label}_ ${n}` : `${label} ${n}`));
    lines.push(`- ${name(r)}, ${r.samples} samples: ${counts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
