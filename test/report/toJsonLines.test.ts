import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { toJsonLines } from '../../src/report/toJsonLines.js';
import { SAMPLE_RESULTS } from './claimResults.js';

const schemaText = readFileSync(new URL('../../schema/claim-result.schema.json', import.meta.url), 'utf8');
const schema = z.fromJSONSchema(JSON.parse(schemaText));

/** Real results: one claim that holds and one refuted with its counterexample (and its statistics). */
const real: ClaimResult[] = catalogue
  .filter((c) => ['fa-limit-closed-form', 'fa-converges-for-any-step-size'].includes(c.id))
  .map((c, i) => checkClaim(c, { runs: 10, seed: 7, maxSize: 4, statistics: i === 1 }));

const lines = (text: string): string[] => {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
};

describe('toJsonLines', () => {
  it('writes one strict-JSON object per claim per line, in order', () => {
    const text = toJsonLines([...SAMPLE_RESULTS, ...real]);
    const parsed = lines(text).map((l) => JSON.parse(l) as { claim: string });
    expect(parsed.map((p) => p.claim)).toEqual([...SAMPLE_RESULTS, ...real].map((r) => r.claim));
    expect(toJsonLines([])).toBe('');
  });

  it('has no NaN or Infinity: non-finite numbers become null, typed arrays arrays', () => {
    const text = toJsonLines(SAMPLE_RESULTS);
    expect(text).not.toMatch(/NaN|Infinity/);
    const second = JSON.parse(lines(text)[1]) as { counterexample: Record<string, unknown> };
    expect(second.counterexample.violation).toBeNull();
    expect(second.counterexample.margin).toBeNull();
    expect(second.counterexample.trace).toEqual([1, 0.5]);
    const third = JSON.parse(lines(text)[2]) as { seconds: unknown };
    expect(third.seconds).toBeNull();
  });

  it('validates against schema/claim-result.schema.json, line by line (real and hand-made results)', () => {
    for (const line of lines(toJsonLines([...SAMPLE_RESULTS, ...real]))) {
      const check = schema.safeParse(JSON.parse(line));
      expect(check.success, `${line}\n${JSON.stringify(check.error?.issues)}`).toBe(true);
    }
  });

  it('the schema names exactly the fields of ClaimResult (a new field fails the typecheck here first)', () => {
    const fields: Record<keyof ClaimResult, true> = {
      claim: true,
      expected: true,
      outcome: true,
      runs: true,
      skipped: true,
      block: true,
      seed: true,
      seconds: true,
      replay: true,
      shrinks: true,
      counterexample: true,
      stats: true,
      input: true,
      profile: true,
      precision: true,
      roundingOnly: true,
      error: true,
      statistics: true,
      search: true,
      probability: true,
    };
    const properties = (JSON.parse(schemaText) as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(fields).sort());
  });

  it('the schema rejects what it should: a missing key, a bad outcome, an unknown key, a negative count', () => {
    const good = JSON.parse(lines(toJsonLines([SAMPLE_RESULTS[0]]))[0]) as Record<string, unknown>;
    const missing = Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'runs'));
    for (const bad of [
      missing,
      { ...good, outcome: 'maybe' },
      { ...good, extra: 1 },
      { ...good, stats: { a: -1 } },
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
