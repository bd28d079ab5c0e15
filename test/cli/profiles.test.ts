import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { runMain } from '../_support/runMain.js';
import {
  claimSettings,
  PROFILE_NAMES,
  PROFILES,
  profileArgs,
  profileFor,
  profileLine,
  smallestMaxSize,
  UnknownProfileError,
} from '../../src/runner/profiles.js';
import { OPTION_LIMITS } from '../../src/cli/optionLimits.js';

const ids = catalogue.map((c) => c.id);

describe('profiles', () => {
  /** Claims that are a targeted search or a sequence of draws: their budgets are evaluations or draws, not cases. */
  const searchedOrDrawn = new Set(
    catalogue.filter((c) => c.target !== undefined || c.kind === 'probability').map((c) => c.id),
  );

  it('default is what verify has always run: 100 cases per claim, sides up to 8, no budget, one block', () => {
    const d = profileFor('default');
    for (const id of ids.filter((x) => !searchedOrDrawn.has(x)))
      expect(claimSettings(d, id), id).toEqual({ runs: 100, maxSize: 8 });
    // a search's evaluations a rung, or a claim's draws (and the sides its inputs need)
    for (const id of searchedOrDrawn) {
      expect(claimSettings(d, id).runs, id).toBeGreaterThanOrEqual(100);
      expect(claimSettings(d, id).maxSize, id).toBeGreaterThanOrEqual(8);
      expect(claimSettings(d, id).timeBudget, id).toBeUndefined();
    }
    expect(searchedOrDrawn.size).toBe(5);
    expect(d.blocks).toBe(1);
  });

  it('names every profile by its own key, and every per-claim override a claim of the catalogue', () => {
    expect(Object.keys(PROFILES)).toEqual([...PROFILE_NAMES]);
    for (const name of PROFILE_NAMES) {
      const p = profileFor(name);
      expect(p.name).toBe(name);
      for (const id of Object.keys(p.claims)) expect(ids, `${name}: ${id}`).toContain(id);
      for (const id of ids) {
        const s = claimSettings(p, id);
        // every claim's settings are ones the command line would accept, and its generator takes
        expect(s.runs, `${name}: ${id}`).toBeGreaterThanOrEqual(OPTION_LIMITS.runs.min);
        expect(s.runs, `${name}: ${id}`).toBeLessThanOrEqual(OPTION_LIMITS.runs.max);
        expect(s.maxSize, `${name}: ${id}`).toBeLessThanOrEqual(OPTION_LIMITS.maxSize.max);
        expect(s.maxSize, `${name}: ${id}`).toBeGreaterThanOrEqual(smallestMaxSize(p));
        expect(() => catalogue.find((c) => c.id === id)?.arbitrary(s.maxSize)).not.toThrow();
      }
    }
  });

  it('thorough is bounded: every claim has a time budget, and every one is larger than default', () => {
    const t = profileFor('thorough');
    for (const id of ids) {
      const s = claimSettings(t, id);
      expect(s.timeBudget, id).toBeGreaterThan(0);
      expect(s.maxSize, id).toBeGreaterThan(8);
      expect(s.runs, id).toBeGreaterThanOrEqual(100);
    }
  });

  it('quick runs fewer cases than default, never larger sides', () => {
    const q = profileFor('quick');
    const d = profileFor('default');
    for (const id of searchedOrDrawn) {
      expect(claimSettings(q, id).runs, id).toBeLessThanOrEqual(claimSettings(d, id).runs);
      expect(claimSettings(q, id).maxSize, id).toBeLessThanOrEqual(claimSettings(d, id).maxSize);
    }
    for (const id of ids.filter((x) => !searchedOrDrawn.has(x))) {
      expect(claimSettings(q, id).runs, id).toBeLessThan(100);
      expect(claimSettings(q, id).maxSize, id).toBeLessThanOrEqual(8);
    }
  });

  it('explicit values override the profile for every claim, its per-claim overrides included', () => {
    const t = profileFor('thorough');
    for (const id of ids) {
      expect(claimSettings(t, id, { runs: 3, maxSize: 4, timeBudget: 9 }), id).toEqual({
        runs: 3,
        maxSize: 4,
        timeBudget: 9,
      });
      expect(claimSettings(t, id, { runs: 3 }).maxSize, id).toBe(claimSettings(t, id).maxSize);
    }
  });

  it('refuses an unknown name, naming it and the known ones', () => {
    expect(() => profileFor('thorogh')).toThrow(UnknownProfileError);
    expect(() => profileFor('thorogh')).toThrow(
      "unknown profile 'thorogh' (known: quick, default, thorough)",
    );
    expect(() => profileFor('constructor')).toThrow(UnknownProfileError);
  });

  it('states itself in one line and as options, explicit overrides named', () => {
    const d = profileFor('default');
    expect(profileLine(d)).toBe(`profile default: ${d.summary}`);
    expect(profileLine(d, { maxSize: 4, blocks: 2 })).toBe(
      `profile default (--max-size 4, --blocks 2): ${d.summary}`,
    );
    expect(profileArgs(profileFor('thorough'), { runs: 5 })).toBe('--profile thorough --runs 5');
  });
});

describe('--profile on the command line', () => {
  it.each(['check fa-limit-closed-form', 'verify', 'report'])(
    '%s: an unknown profile is one line naming --profile and the known names, exit 2',
    async (command) => {
      const run = await runMain(...command.split(' '), '--profile', 'fast', '--no-fixtures');
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/--profile/);
      expect(lines[0]).toMatch(/'fast'/);
      expect(lines[0]).toMatch(/quick, default, thorough/);
    },
  );

  it("check runs the profile's settings, an explicit --runs overriding it, and prints the profile", async () => {
    const quick = await runMain(
      'check',
      'fa-limit-closed-form',
      '--profile',
      'quick',
      '--max-size',
      '3',
      '--no-fixtures',
      '--json',
    );
    expect(quick.code).toBe(0);
    const q = JSON.parse(quick.stdout) as { runs: number; profile: string };
    expect(q.profile).toBe('quick');
    expect(q.runs).toBe(PROFILES.quick.runs);
    const given = await runMain(
      'check',
      'fa-limit-closed-form',
      '--profile',
      'quick',
      '--runs',
      '3',
      '--max-size',
      '3',
      '--no-fixtures',
    );
    expect(given.code).toBe(0);
    expect(given.stdout).toMatch(/ 3 runs, seed 7, profile quick, /);
  });

  it('check without --profile runs default: 100 cases', async () => {
    const run = await runMain('check', 'fa-limit-closed-form', '--max-size', '2', '--no-fixtures', '--json');
    const r = JSON.parse(run.stdout) as { runs: number; profile: string };
    expect(r).toMatchObject({ runs: 100, profile: 'default' });
  });

  it('verify heads its table with the profile and its overrides, and records it in every JSON result', async () => {
    const common = ['--max-size', '2', '--runs', '2', '--workers', '1', '--no-fixtures'];
    const table = await runMain('verify', '--profile', 'thorough', ...common);
    expect(table.stdout.split('\n')[0]).toBe(
      `profile thorough (--runs 2, --max-size 2): ${PROFILES.thorough.summary}`,
    );
    const json = await runMain('verify', '--profile', 'quick', ...common, '--json');
    const results = JSON.parse(json.stdout) as { claim: string; runs: number; profile: string }[];
    expect(results.map((r) => r.claim)).toEqual(ids);
    for (const r of results) expect(r.profile, r.claim).toBe('quick');
  });

  it('--help says that explicit options override the profile', async () => {
    for (const command of ['check', 'verify', 'report']) {
      const run = await runMain(command, '--help');
      const text = run.stdout.replace(/\s+/g, ' ');
      expect(text, command).toMatch(/--profile <name>/);
      expect(text, command).toMatch(/quick, default, thorough/);
      expect(text, command).toMatch(/an explicit --runs, --max-size or --time-budget .*overrides its values/);
    }
  });
});
