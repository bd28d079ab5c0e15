import type { MutationAudit } from './judgeMutation.js';

/**
 * The mutation testing section of the audit summary (markdown): the score against its threshold,
 * mutants by status and by file, the run time, and every surviving mutant. Pure.
 * @internal
 */
export function formatMutationSection(m: MutationAudit | null): string {
  if (m === null) return '## Mutation testing\n\nSkipped (`--skip-mutation`).\n';
  const f = m.figures;
  const lines = [
    '## Mutation testing (StrykerJS)',
    '',
    `\`${m.command}\`: exit ${m.exitCode}, ${m.seconds.toFixed(0)} s. Score ${f.score.toFixed(2)} % ` +
      `(${f.detected} detected of ${f.valid}), required >= ${m.threshold} %: **${m.pass ? 'pass' : 'FAIL'}**.`,
    '',
    `Mutants by status: ${Object.entries(f.byStatus)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}.`,
    '',
    '| file | valid | detected | score |',
    '| --- | --- | --- | --- |',
    ...Object.entries(f.byFile)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([file, c]) =>
          `| ${file} | ${c.valid} | ${c.detected} | ${c.valid === 0 ? '-' : `${((100 * c.detected) / c.valid).toFixed(1)} %`} |`,
      ),
    '',
    `Surviving mutants (${f.survivors.length}):`,
    '',
  ];
  for (const s of f.survivors) {
    const replacement = s.replacement.replace(/\s+/g, ' ').slice(0, 80);
    lines.push(`- ${s.file}:${s.line}:${s.column} ${s.mutator} (${s.status}): \`${replacement}\``);
  }
  for (const failure of m.failures) lines.push(`- FAIL: ${failure}`);
  return `${lines.join('\n')}\n`;
}
