import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs scripts/checkImportCycles.mjs on a tree of the given files (path -> text). */
function check(tree: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const root = mkdtempSync(join(tmpdir(), 'fa-verify-cycles-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = spawnSync(process.execPath, ['scripts/checkImportCycles.mjs', root], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/checkImportCycles.mjs (part of lint:check)', () => {
  it('passes this repository', () => {
    const run = spawnSync(process.execPath, ['scripts/checkImportCycles.mjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('passes a layered tree', () => {
    const run = check({
      'src/a/x.ts': "import { y } from '../b/y.js';\nexport const x = y;\n",
      'src/b/y.ts': 'export const y = 1;\n',
      'properties/catalogue.ts': "import { x } from '../src/a/x.js';\nexport const c = [x];\n",
      'src/cli/main.ts': "import { c } from '../../properties/catalogue.js';\nexport const m = c;\n",
    });
    expect(run.code).toBe(0);
  });

  it('fails a file cycle, naming the files', () => {
    const run = check({
      'src/a/x.ts': "import { y } from './y.js';\nexport const x = 1;\n",
      'src/a/y.ts': "import type { x } from './x.js';\nexport const y = 2;\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('file cycle: src/a/x.ts, src/a/y.ts');
  });

  it('fails a folder cycle through different files, and one through a dynamic import', () => {
    const run = check({
      'src/a/x.ts': "import { y } from '../b/y.js';\nexport const x = y;\n",
      'src/a/z.ts': 'export const z = 3;\n',
      'src/b/y.ts': "export const y = 1;\nexport const later = () => import('../a/z.js');\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/folder cycle: src\/a <-> src\/b/);
  });

  it('fails a runner that picks the catalogue itself', () => {
    const run = check({
      'properties/catalogue.ts': 'export const catalogue = [];\n',
      'src/runner/run.ts':
        "import { catalogue } from '../../properties/catalogue.js';\nexport const n = catalogue.length;\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('src/runner/run.ts imports properties/catalogue.ts');
  });
});
