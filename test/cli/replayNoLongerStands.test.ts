import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replayCommand.js';
import { packageRoot } from '../../src/io/packageRoot.js';

// A stored refutation of fa-converges-for-any-step-size (a step 2^d times the safe one diverges),
// edited to the safe step (d = 0), on which FA converges: the verdict no longer stands, exit 1.

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-replay-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const store = join(packageRoot(), 'fixtures', 'fa-converges-for-any-step-size');
const stored = join(store, readdirSync(store).filter((f) => f.endsWith('.json'))[0]);

function replay(file: string): { code: number; out: string } {
  let out = '';
  const code = replayCommand(
    [file],
    {},
    (s) => (out += s),
    () => undefined,
  );
  return { code, out };
}

describe('replay of a refutation that no longer stands', () => {
  it('says FAIL no-longer-refutes and exits 1, where the stored one stands (exit 0)', () => {
    const fixture = JSON.parse(readFileSync(stored, 'utf8')) as { input: { doublings: number } };
    expect(fixture.input.doublings).toBeGreaterThan(0);
    const same = join(dir, 'same.json');
    writeFileSync(same, JSON.stringify(fixture));
    const standing = replay(same);
    expect(standing.code).toBe(0);
    expect(standing.out).toMatch(/^ok {3}still-refutes {5}fa-converges-for-any-step-size {2}/);

    const safe = join(dir, 'safe-step.json');
    writeFileSync(safe, JSON.stringify({ ...fixture, input: { ...fixture.input, doublings: 0 } }));
    const stale = replay(safe);
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(
      /^FAIL no-longer-refutes fa-converges-for-any-step-size {2}.*safe-step\.json$/m,
    );
    expect(stale.out).toContain('0 of 1 fixtures stand; 0 unusable');
  });
});
