import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMutation } from '../../src/audit/runMutation.js';

// runMutation against a stand-in for StrykerJS that writes a JSON report as Stryker does: the real
// run belongs to `fa-verify audit` (minutes), not to `npm test`.

const root = mkdtempSync(join(tmpdir(), 'fa-verify-runmut-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bin = join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');

function standIn(statuses: string[] | null, exitCode = 0): void {
  mkdirSync(join(root, 'node_modules/@stryker-mutator/core/bin'), { recursive: true });
  const mutants = (statuses ?? []).map((status, i) => ({
    id: String(i),
    mutatorName: 'BlockStatement',
    replacement: '{}',
    status,
    location: { start: { line: i + 1, column: 1 } },
  }));
  const report = JSON.stringify({ files: { 'src/rules/fa.ts': { mutants } } });
  const lines = [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    `writeFileSync(${JSON.stringify(join(root, 'stryker.argv'))}, JSON.stringify(process.argv.slice(2)));`,
    ...(statuses === null
      ? []
      : [
          "mkdirSync('coverage/mutation', { recursive: true });",
          `writeFileSync('coverage/mutation/mutation.json', ${JSON.stringify(report)});`,
        ]),
    `process.exit(${exitCode});`,
  ];
  writeFileSync(bin, lines.join('\n'), 'utf8');
}

describe('runMutation (with a stand-in for StrykerJS)', () => {
  it('runs stryker with stryker.config.json and judges its report', async () => {
    standIn(['Killed', 'Killed', 'Killed', 'Killed', 'Killed', 'Killed', 'Timeout', 'Survived']);
    const progress: string[] = [];
    const m = await runMutation(root, 85, (s) => progress.push(s));
    expect(JSON.parse(readFileSync(join(root, 'stryker.argv'), 'utf8'))).toEqual([
      'run',
      'stryker.config.json',
    ]);
    expect(Math.abs(m.figures.score - 87.5)).toBeLessThanOrEqual(1e-12);
    expect(m.pass).toBe(true);
    expect(m.figures.survivors).toHaveLength(1);
    expect(progress.join('')).toContain('StrykerJS');
  });

  it('fails a weakened suite whose mutants survive', async () => {
    standIn(['Killed', 'Survived', 'Survived', 'NoCoverage']);
    const m = await runMutation(root, 85);
    expect(m.pass).toBe(false);
    expect(m.failures).toEqual(['mutation score 25.00 % < 85 % (3 survivors)']);
  });

  it('fails, with a NaN score, when Stryker crashed before writing a report', async () => {
    standIn(null, 2);
    const m = await runMutation(root, 85);
    expect(m.figures.score).toBeNaN();
    expect(m.failures).toEqual(['stryker exited with 2', 'mutation score NaN % < 85 % (0 survivors)']);
  });
});
