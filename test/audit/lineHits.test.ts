import { describe, expect, it } from 'vitest';
import type { IstanbulFileCoverage } from '../../src/audit/IstanbulCoverage.js';
import { lineHits } from '../../src/audit/lineHits.js';

const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 10 } });

describe('lineHits', () => {
  it('counts a line by the largest count of the statements that start on it', () => {
    const file: IstanbulFileCoverage = {
      path: '/p/src/a.ts',
      statementMap: { '0': at(1), '1': at(2), '2': at(2), '3': at(4) },
      s: { '0': 3, '1': 0, '2': 5, '3': 0 },
      branchMap: {},
      b: {},
    };
    expect([...lineHits(file).entries()]).toEqual([
      [1, 3],
      [2, 5],
      [4, 0],
    ]);
  });

  it('treats a statement without a count as never run', () => {
    const file: IstanbulFileCoverage = {
      path: 'x',
      statementMap: { '0': at(7) },
      s: {},
      branchMap: {},
      b: {},
    };
    expect(lineHits(file).get(7)).toBe(0);
  });
});
