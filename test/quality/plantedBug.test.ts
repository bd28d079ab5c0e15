import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The planted bug: M^T Y and M^T Z skip the last row of M once there is more than one (an off-by-one
// in the k loop of gemmTN). With one row it is harmless; with rank(Y) = 1 too, since the first row of
// B^T Y already spans row(Y) and Z's true gradient fits the rest. The smallest case that exposes it is
// therefore 2 x 2 with rank 2 and r = 2 (r >= rank(Y), as the claim requires). It is planted in both
// kernel sets (the catalogue's short runs take the JavaScript one, long runs the WebAssembly one).
function buggyGemmTN(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  c.fill(0, 0, p * s);
  for (let k = 0; k < (q > 1 ? q - 1 : q); k++) {
    for (let i = 0; i < p; i++) for (let j = 0; j < s; j++) c[i * s + j] += a[k * p + i] * b[k * s + j];
  }
}
vi.mock('../../src/kernels/gemmTN.js', () => ({ gemmTN: buggyGemmTN }));
vi.mock('../../src/kernels/wasmKernels.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/kernels/wasmKernels.js')>();
  return {
    wasmKernels: (memory: WebAssembly.Memory) => ({ ...real.wasmKernels(memory), gemmTN: buggyGemmTN }),
  };
});

const { catalogue } = await import('../../properties/catalogue.js');
const { checkClaim } = await import('../../src/runner/checkClaim.js');
const { replayFixture } = await import('../../src/runner/replayFixture.js');
const { writeFixture } = await import('../../src/fixtures/writeFixture.js');

describe('quality: a planted solver bug is found and shrunk to the smallest case that shows it', () => {
  it('fa-reaches-optimum-when-r-ge-rank is refuted, down to 2 x 2, rank 2, r = 2', () => {
    const claim = catalogue.find((c) => c.id === 'fa-reaches-optimum-when-r-ge-rank');
    expect(claim).toBeDefined();
    for (const seed of [7, 8, 9]) {
      const r = claim === undefined ? undefined : checkClaim(claim, { runs: 100, seed, maxSize: 8 });
      expect(r?.outcome, `seed ${seed}`).toBe('refuted');
      const ce = r?.counterexample;
      expect({ n: ce?.n, m: ce?.m, rankY: ce?.rankY, r: ce?.r }, `seed ${seed}`).toEqual({
        n: 2,
        m: 2,
        rankY: 2,
        r: 2,
      });
      expect(r?.precision?.label).toBe('genuine');
    }
  });

  it('stores the bug as a fixture that replays as still failing while the bug is in', () => {
    const claim = catalogue.find((c) => c.id === 'fa-reaches-optimum-when-r-ge-rank');
    const r = claim === undefined ? undefined : checkClaim(claim, { runs: 100, seed: 7, maxSize: 8 });
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-bug-'));
    const file = r === undefined ? null : (writeFixture(dir, r)?.path ?? null);
    expect(file).not.toBeNull();
    expect(replayFixture(file as string, catalogue).status).toBe('still-fails');
    if (process.env.FA_VERIFY_KEEP_BUG_FIXTURE !== undefined) process.stdout.write(`bug fixture: ${file}\n`);
  });
});
