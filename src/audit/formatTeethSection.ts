import type { ClaimTeeth, Teeth, TeethRun } from './checkTeeth.js';

/** A table cell: a `|` inside it would end the cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

const list = (items: readonly string[]): string => (items.length === 0 ? '-' : items.join(', '));

/** The distinct sides of the shrunk counterexamples of `fault` over the seeds: `2 x 2, rank 2, r = 1`. */
function sidesOf(runs: readonly TeethRun[], fault: string): string {
  const seen = new Set<string>();
  for (const r of runs) {
    if (r.fault === fault && r.sides !== undefined)
      seen.add(`${r.sides.n} x ${r.sides.m}, rank ${r.sides.rankY}, r = ${r.sides.r}`);
  }
  return [...seen].join(' / ');
}

function caughtCell(c: ClaimTeeth): string {
  return list(c.caught.map((id) => `\`${id}\` (${sidesOf(c.runs, id)})`));
}

/** Each fault reported as an error, with what went wrong on the first seed that erred. */
function errorsCell(c: ClaimTeeth): string {
  return list(
    c.errors.map((id) => {
      const first = c.runs.find((r) => r.fault === id && r.outcome === 'error');
      return `\`${id}\`${first?.error === undefined ? '' : ` (${cell(first.error)})`}`;
    }),
  );
}

/**
 * The teeth section of the audit summary (markdown): per claim expected to hold, the planted faults it
 * refutes (with the sides of the shrunk counterexamples), those it reports as an error and those it
 * misses; then every fault with the bug it imitates and the claims that catch it. `null`: skipped. Pure.
 * @internal
 */
export function formatTeethSection(teeth: Teeth | null): string {
  if (teeth === null) return '## Teeth (planted faults)\n\nSkipped.\n';
  const { options } = teeth;
  const lines = [
    '## Teeth (planted faults)',
    '',
    `Each claim expected to hold, and each existence and high-probability claim, is run on the solvers with each of the ${teeth.faults.length} faults of ` +
      `\`src/faults/\` planted (${options.runs} cases, sides up to ${options.maxSize}, ` +
      `seed${options.seeds.length === 1 ? '' : 's'} ${options.seeds.join(', ')}): at least one fault must flip its outcome on every seed ` +
      `(a claim that holds: refuted, with a shrunk counterexample; an existence claim: not witnessed; a probability claim: the other ` +
      `verdict; a search or a sequence of draws runs with the default profile's budget and sides); an error is never a catch. ${teeth.seconds.toFixed(1)} s; ` +
      `**${teeth.pass ? 'pass' : 'FAIL'}**.`,
    '',
    '| claim | catches (flipped; counterexample sides) | errors | misses | verdict |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const c of teeth.claims) {
    lines.push(
      `| ${c.claim} | ${caughtCell(c)} | ${errorsCell(c)} | ${list(c.missed)} | ${c.pass ? 'pass' : '**FAIL: no teeth**'} |`,
    );
  }
  lines.push('', '| fault | the bug it imitates | caught by |', '| --- | --- | --- |');
  for (const f of teeth.faults) {
    const by = teeth.claims.filter((c) => c.caught.includes(f.id)).map((c) => c.claim);
    lines.push(`| \`${f.id}\` | ${cell(f.description)} | ${list(by)} |`);
  }
  lines.push(
    '',
    `Faults no claim catches (${teeth.uncaught.length}; allowed, each claim needs one): ${list(teeth.uncaught.map((id) => `\`${id}\``))}`,
  );
  return `${lines.join('\n')}\n`;
}
