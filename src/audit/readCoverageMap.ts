import { readFileSync } from 'node:fs';
import type { IstanbulCoverageMap } from './IstanbulCoverage.js';

/**
 * Reads an istanbul `coverage-final.json`. Throws an Error naming the file when it is missing, is not
 * JSON, or is not a map of file coverages (each with `statementMap`, `s`, `branchMap` and `b`).
 * @internal
 */
export function readCoverageMap(path: string): IstanbulCoverageMap {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read coverage (${(e as Error).message.split('\n')[0]})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${path}: not a coverage map`);
  }
  for (const [file, cov] of Object.entries(value)) {
    const c = cov as Record<string, unknown> | null;
    if (
      c === null ||
      typeof c !== 'object' ||
      ['statementMap', 's', 'branchMap', 'b'].some((k) => !(k in c))
    ) {
      throw new Error(`${path}: entry ${file} is not an istanbul file coverage`);
    }
  }
  return value as IstanbulCoverageMap;
}
