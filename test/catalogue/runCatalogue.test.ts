import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../../src/catalogue/ClaimResult.js';
import { runCatalogue } from '../../src/catalogue/runCatalogue.js';
import { toJson } from '../../src/io/toJson.js';

// Workers load the compiled entry from dist/ (`npm test` builds it first, through `pretest`).
const OPTIONS = { runs: 4, seed: 7, maxSize: 4 } as const;

/** A result without its wall time, the one field that may differ between runs. */
const withoutSeconds = ({ seconds: _seconds, ...rest }: ClaimResult): Omit<ClaimResult, 'seconds'> => rest;

describe('runCatalogue', () => {
  it('gives the same results, in catalogue order, serially and with 2 workers (all but seconds)', async () => {
    const serialSeen: number[] = [];
    const parallelSeen: number[] = [];
    const serial = await runCatalogue({ ...OPTIONS, workers: 1, onResult: (_r, i) => serialSeen.push(i) });
    const parallel = await runCatalogue({
      ...OPTIONS,
      workers: 2,
      onResult: (_r, i) => parallelSeen.push(i),
    });
    expect(serial.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    expect(parallel.map((r) => r.claim)).toEqual(catalogue.map((c) => c.id));
    expect(serialSeen).toEqual(catalogue.map((_c, i) => i));
    expect([...parallelSeen].sort((a, b) => a - b)).toEqual(catalogue.map((_c, i) => i));
    expect(parallel.map(withoutSeconds)).toEqual(serial.map(withoutSeconds));
    expect(toJson(parallel.map(withoutSeconds))).toBe(toJson(serial.map(withoutSeconds)));
    for (const r of parallel) expect(r.seconds).toBeGreaterThanOrEqual(0);
  });

  it('rejects when the worker entry cannot be loaded', async () => {
    const missing = new URL('./no-such-worker.js', import.meta.url);
    await expect(runCatalogue({ ...OPTIONS, workers: 2, workerUrl: missing })).rejects.toThrow();
  });
});
