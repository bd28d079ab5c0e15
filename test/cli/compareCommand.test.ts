import { describe, expect, it } from 'vitest';
import { runMain } from '../_support/runMain.js';

describe('fa-verify compare', () => {
  it('prints the league table, the same bytes for the same seed, and JSON with --json', async () => {
    const first = await runMain('compare', '--seed', '7');
    const again = await runMain('compare', '--seed', '7');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    expect(first.stdout).toMatch(/^league table, seed 7: /);
    expect(first.stdout).toContain('kp lambda=0.01');
    const json = await runMain('compare', '--seed', '7', '--json');
    const parsed = JSON.parse(json.stdout) as { seed: number; rows: unknown[] };
    expect(parsed.seed).toBe(7);
    expect(parsed.rows).toHaveLength(30);
  });

  it('refuses a bad seed in one line naming it, exit 2', async () => {
    const run = await runMain('compare', '--seed', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--seed');
    expect(run.stdout).toBe('');
  });
});
