import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';
import { readConfig } from '../../src/cli/readConfig.js';
import { withConfig } from '../../src/cli/withConfig.js';

/** A folder holding `fa-verify.config.mjs` with this text. */
function configDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-config-'));
  writeFileSync(join(dir, 'fa-verify.config.mjs'), text);
  return dir;
}

describe('readConfig and withConfig', () => {
  it('reads the keys of fa-verify.config.mjs; none without the file', async () => {
    expect(await readConfig(mkdtempSync(join(tmpdir(), 'fa-verify-noconfig-')))).toBeNull();
    const dir = configDir(
      "export default { claims: 'c/*.mjs', seed: -3, runs: 40, maxSize: 5, fixtures: 'fx' };\n",
    );
    expect(await readConfig(dir)).toEqual({
      dir,
      claims: ['c/*.mjs'],
      seed: -3,
      runs: 40,
      maxSize: 5,
      fixtures: 'fx',
    });
  });

  it.each([
    ['export default { runz: 3 };', "unknown key 'runz'"],
    ['export default { runs: 0 };', "'runs' must be an integer in 1..100000 (got 0)"],
    ["export default { seed: 'x' };", `'seed' must be an integer in -2147483648..2147483647 (got "x")`],
    ['export default { maxSize: 2.5 };', "'maxSize' must be an integer in 1..256 (got 2.5)"],
    [
      'export default { claims: [] };',
      "'claims' must be a file or glob, or a non-empty array of them (got [])",
    ],
    ["export default { fixtures: '' };", `'fixtures' must be a folder (got "")`],
    ['export default 3;', "'default export' must be an object"],
    ['export const runs = 3;', "'default export' must be an object"],
    ['throw new Error("bad config");', 'cannot be imported (bad config)'],
  ])('%s: one line naming the file and the key (exit 2)', async (text, message) => {
    const error = await readConfig(configDir(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as Error).message).toContain(`fa-verify.config.mjs: ${message}`);
  });

  it('fills what the command line did not give; a typed option wins', () => {
    const config = { dir: '.', seed: 3, runs: 40, fixtures: 'fx' };
    const given = { seed: 7, fixtures: 'fixtures' as string | false, runs: undefined as number | undefined };
    expect(withConfig(given, config, () => 'default')).toEqual({ seed: 3, runs: 40, fixtures: 'fx' });
    expect(withConfig(given, config, (k) => (k === 'seed' ? 'cli' : 'default'))).toEqual({
      seed: 7,
      runs: 40,
      fixtures: 'fx',
    });
    expect(
      withConfig({ ...given, fixtures: false }, config, (k) => (k === 'fixtures' ? 'cli' : undefined))
        .fixtures,
    ).toBe(false);
    expect(withConfig(given, null, () => 'default')).toBe(given);
  });
});
