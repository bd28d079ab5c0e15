import { describe, expect, it } from 'vitest';
import { runMain } from '../_support/runMain.js';

describe('--time-budget', () => {
  it.each(['abc', '0', '-1', 'Infinity', '', '1e9'])(
    'refuses %j with one line naming the option, exit 2',
    async (value) => {
      const run = await runMain('check', 'fa-limit-closed-form', '--time-budget', value, '--no-fixtures');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--time-budget/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  it('ends a check that runs out of time as inconclusive, exit 1, saying how many cases ran', async () => {
    const run = await runMain(
      'check',
      'fa-limit-closed-form',
      '--time-budget',
      '0.001',
      '--runs',
      '1000',
      '--no-fixtures',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/fa-limit-closed-form: inconclusive/);
    expect(run.stdout).toMatch(/time budget of 0.001 s spent after \d+ of 1000 cases, with no failure/);
  });
});
