import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../../src/claim/ClaimResult.js';
import { runCatalogue } from '../../src/runner/runCatalogue.js';
import { toJson } from '../../src/io/toJson.js';
import { catalogueModule } from '../../src/cli/catalogueModule.js';

// Workers load the compiled entry from dist/ (`npm test` builds it first, through `pretest`).
const OPTIONS = { claims: catalogue, claimsModule: catalogueModule(), runs: 4, seed: 7, maxSize: 4 } as const;

/** A result without its wall time, the one field that may differ between runs. */
const withoutSeconds = ({ seconds: _seconds, ...rest }: ClaimResult): Omit<ClaimResult, 'seconds'> => rest;

describe('runCatalogue', () => {
  it('gives the same results, in catalogue order, serially and with 2 workers (all but seconds)', async () => {
    const serialSeen: number[] = [];
    const parallelSeen: number[] = [];
    const serialStart = performance.now();
    const serial = await runCatalogue({ ...OPTIONS, workers: 1, onResult: (_r, i) => serialSeen.push(i) });
    const serialWall = (performance.now() - serialStart) / 1000;
    const parallelStart = performance.now();
    const parallel = await runCatalogue({
      ...OPTIONS,
      workers: 2,
      onResult: (_r, i) => parallelSeen.push(i),
    });
    const parallelWall = (performance.now() - parallelStart) / 1000;
    expect(serial.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    expect(parallel.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    expect(serialSeen).toEqual(catalogue.map((_c, i) => i));
    expect([...parallelSeen].sort((a, b) => a - b)).toEqual(catalogue.map((_c, i) => i));
    expect(parallel.map(withoutSeconds)).toEqual(serial.map(withoutSeconds));
    expect(toJson(parallel.map(withoutSeconds))).toBe(toJson(serial.map(withoutSeconds)));
    // Wall times: positive, finite, and each claim's no longer than the whole run that contained it.
    for (const [results, wall] of [
      [serial, serialWall],
      [parallel, parallelWall],
    ] as const) {
      for (const r of results) {
        expect(r.seconds, r.claim).toBeGreaterThan(0);
        expect(r.seconds, r.claim).toBeLessThanOrEqual(wall);
      }
    }
    // Serially the claims run one after another inside the call: their times add up to at most its wall time.
    expect(serial.reduce((t, r) => t + r.seconds, 0)).toBeLessThanOrEqual(serialWall);
  });

  it('rejects when the worker entry cannot be loaded', async () => {
    const missing = new URL('../catalogue/no-such-worker.js', import.meta.url);
    await expect(runCatalogue({ ...OPTIONS, workers: 2, workerUrl: missing })).rejects.toThrow();
  });

  it('runs the claims it is given, in this thread when no module says where workers find them', async () => {
    const two = catalogue.slice(0, 2);
    const r = await runCatalogue({ claims: two, runs: 3, seed: 7, maxSize: 3, workers: 2 });
    expect(r.map((x) => x.claim)).toEqual(two.map((c) => c.id));
  });
});
