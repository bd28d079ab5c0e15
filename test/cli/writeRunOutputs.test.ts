import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { CliError } from '../../src/cli/CliError.js';
import { writeRunOutputs } from '../../src/cli/writeRunOutputs.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-run-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'not a directory');

const result: ClaimResult = {
  claim: 'gd-reaches-optimum',
  expected: 'holds',
  outcome: 'holds',
  runs: 3,
  seed: 7,
  seconds: 0.1,
  stats: {},
};

describe('writeRunOutputs', () => {
  it('writes the JSON Lines and JUnit files asked for, and nothing else', () => {
    const jsonl = join(dir, 'r.jsonl');
    writeRunOutputs([result], { jsonl });
    expect(JSON.parse(readFileSync(jsonl, 'utf8'))).toMatchObject({ claim: 'gd-reaches-optimum', runs: 3 });
  });

  it('turns a file that cannot be written into one line naming the option, the path and the code', () => {
    const jsonl = join(aFile, 'r.jsonl');
    expect(() => writeRunOutputs([result], { jsonl })).toThrow(CliError);
    expect(() => writeRunOutputs([result], { jsonl })).toThrow(`--jsonl ${jsonl}: cannot write (ENOTDIR)`);
    const junit = join(aFile, 'r.xml');
    expect(() => writeRunOutputs([result], { junit })).toThrow(`--junit ${junit}: cannot write (ENOTDIR)`);
  });
});
