import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCoverageThresholds } from '../../src/audit/checkCoverageThresholds.js';
import type { IstanbulCoverageMap, IstanbulFileCoverage } from '../../src/audit/IstanbulCoverage.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import { readCoverageMap } from '../../src/audit/readCoverageMap.js';
import { runCommand } from '../../src/audit/runCommand.js';
import { summarizeCoverage } from '../../src/audit/summarizeCoverage.js';

const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 10 } });

/** A file whose statements start on `lines` with `counts`, and one two-way branch with `branch` counts. */
function fileCoverage(
  path: string,
  lines: number[],
  counts: number[],
  branch: number[],
): IstanbulFileCoverage {
  return {
    path,
    statementMap: Object.fromEntries(lines.map((l, i) => [String(i), at(l)])),
    s: Object.fromEntries(counts.map((c, i) => [String(i), c])),
    branchMap: { '0': { locations: branch.map((_, i) => at(lines[i] ?? 1)) } },
    b: { '0': branch },
  };
}

describe('summarizeCoverage', () => {
  const map: IstanbulCoverageMap = {
    '/p/src/a.ts': fileCoverage('/p/src/a.ts', [1, 2, 3, 4], [1, 1, 0, 1], [1, 0]),
    '/p/src/b/c.ts': fileCoverage('/p/src/b/c.ts', [1, 2], [2, 2], [3, 1]),
    '/p/test/t.ts': fileCoverage('/p/test/t.ts', [1], [0], [0, 0]),
  };

  it('counts lines and branch paths of the files under the scope only, with uncovered lines', () => {
    const f = summarizeCoverage(map, '/p', 'src');
    expect(f.files.map((x) => x.file)).toEqual(['src/a.ts', 'src/b/c.ts']);
    expect(f.lines).toMatchObject({ covered: 5, total: 6 });
    expect(f.branches).toMatchObject({ covered: 3, total: 4 });
    expect(Math.abs(f.lines.pct - 500 / 6)).toBeLessThanOrEqual(1e-12);
    expect(f.files[0].uncoveredLines).toEqual([3]);
    expect(f.files[0].uncoveredBranches).toEqual([2]);
  });

  it('merges line evidence from another run, on its own line universe and branches', () => {
    const other: IstanbulCoverageMap = {
      '/p/src/a.ts': fileCoverage('/p/src/a.ts', [3, 9], [1, 1], [1, 1]),
    };
    const f = summarizeCoverage(map, '/p', 'src', other);
    expect(f.lines).toMatchObject({ covered: 6, total: 6 }); // line 9 is not in the suite's universe
    expect(f.branches).toMatchObject({ covered: 3, total: 4 }); // branches stay the suite's
  });

  it("places an untaken implicit else (an empty location) at its if statement's line", () => {
    const file: IstanbulFileCoverage = {
      path: '/p/src/if.ts',
      statementMap: { '0': at(4) },
      s: { '0': 1 },
      branchMap: { '0': { loc: at(4), locations: [at(4), { start: {}, end: {} }] } },
      b: { '0': [1, 0] },
    };
    expect(summarizeCoverage({ '/p/src/if.ts': file }, '/p', 'src').files[0].uncoveredBranches).toEqual([4]);
  });

  it('reports 100 % of nothing for an empty scope', () => {
    const f = summarizeCoverage(map, '/p', 'lib');
    expect(f.lines).toEqual({ covered: 0, total: 0, pct: 100 });
    expect(f.files).toEqual([]);
  });
});

describe('the coverage audit notices an uncovered line', () => {
  it('on synthetic figures: one never-run line in 20 fails lines >= 96 %, naming the file and line', () => {
    const lines = Array.from({ length: 20 }, (_, i) => i + 1);
    const counts = lines.map((l) => (l === 13 ? 0 : 1));
    const figures = summarizeCoverage(
      { '/p/src/m.ts': fileCoverage('/p/src/m.ts', lines, counts, [1, 1]) },
      '/p',
      'src',
    );
    expect(checkCoverageThresholds(figures, { lines: 95, branches: 90 }).pass).toBe(true);
    const check = checkCoverageThresholds(figures, { lines: 96, branches: 90 });
    expect(check.pass).toBe(false);
    expect(check.failures).toEqual(['lines 95.00 % < 96 % (1 uncovered; src/m.ts:13)']);
  });

  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-c8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on a real V8 measurement: c8 over a module whose second branch never runs', async () => {
    mkdirSync(join(dir, 'src'));
    const module = [
      'export function sign(x) {',
      '  if (x > 0) {',
      "    return 'positive';",
      '  }',
      "  return 'not positive';",
      '}',
      'sign(1);',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'src', 'sign.mjs'), module, 'utf8');
    const c8 = join(packageRoot(), 'node_modules', 'c8', 'bin', 'c8.js');
    const run = await runCommand(
      process.execPath,
      [c8, '--reporter=json', '--report-dir=out', '--temp-directory=raw', process.execPath, 'src/sign.mjs'],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const figures = summarizeCoverage(readCoverageMap(join(dir, 'out', 'coverage-final.json')), dir, 'src');
    expect(figures.files.map((f) => f.file)).toEqual(['src/sign.mjs']);
    expect(figures.files[0].uncoveredLines).toContain(5);
    expect(figures.files[0].uncoveredLines).not.toContain(3);
    const check = checkCoverageThresholds(figures, { lines: 95, branches: 90 });
    expect(check.pass).toBe(false);
    expect(check.failures[0]).toMatch(/^lines .* < 95 % .*src\/sign\.mjs:5/);
  });
});

describe('checkCoverageThresholds', () => {
  it('fails NaN figures and branch shortfalls, naming the worst files first', () => {
    const nan = {
      lines: { covered: 0, total: 0, pct: Number.NaN },
      branches: { covered: 0, total: 0, pct: Number.NaN },
      files: [],
    };
    expect(checkCoverageThresholds(nan, { lines: 95, branches: 90 }).failures).toHaveLength(2);
    const f = summarizeCoverage(
      {
        '/p/src/a.ts': fileCoverage('/p/src/a.ts', [1], [1], [1, 0]),
        '/p/src/b.ts': fileCoverage('/p/src/b.ts', [1, 2, 3], [1, 1, 1], [0, 0, 1]),
      },
      '/p',
      'src',
    );
    const check = checkCoverageThresholds(f, { lines: 95, branches: 90 });
    expect(check.failures).toEqual(['branches 40.00 % < 90 % (3 untaken; src/b.ts:1,2 src/a.ts:1)']);
  });
});
