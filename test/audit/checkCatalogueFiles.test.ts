import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkCatalogueFiles } from '../../src/audit/checkCatalogueFiles.js';
import { THEORY_DOCUMENT } from '../../src/audit/parseTheoryIds.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import * as barrel from '../../src/index.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const project = { root: packageRoot(), catalogue, barrel, registry: ruleRegistry };

describe('checkCatalogueFiles', () => {
  it('passes the project: property files, the ids of docs/theory.md and the barrel', () => {
    const f = checkCatalogueFiles(project);
    expect(f.theorySource).toBe('docs/theory.md');
    expect(f.theoryFound).toBe(true);
    expect(f.missingPropertyFiles).toEqual([]);
    expect(f.missingFromCatalogue).toEqual([]);
    expect(f.notInTheory).toEqual([]);
    expect([...f.theoryIds].sort()).toEqual(catalogue.map((c) => c.id).sort());
    expect(f.barrel.pass).toBe(true);
    expect(f.pass).toBe(true);
  });

  it('fails a tree without the property files and a document with an id the catalogue lacks', () => {
    const root = join(dir, 'pkg');
    mkdirSync(join(root, 'properties'), { recursive: true });
    const [first, second] = catalogue;
    writeFileSync(join(root, 'properties', `${first.id}.ts`), `export const claim = { id: '${first.id}' };`);
    writeFileSync(join(root, 'properties', `${second.id}.ts`), 'export const claim = { id: "renamed" };');
    const theory = join(dir, 'theory.md');
    writeFileSync(theory, `| \`${first.id}\` | ... |\n| \`not-a-claim-yet\` | ... |\n`);
    const f = checkCatalogueFiles({ ...project, root, theoryPath: theory });
    expect(f.missingPropertyFiles).toEqual(catalogue.slice(1).map((c) => c.id));
    expect(f.missingFromCatalogue).toEqual(['not-a-claim-yet']);
    expect(f.notInTheory).toEqual(catalogue.slice(1).map((c) => c.id));
    expect(f.theorySource).toBe('../theory.md');
    expect(f.pass).toBe(false);
  });

  it('fails when the document lacks one claim of the catalogue, all else equal', () => {
    const [first] = catalogue;
    const planted = join(dir, 'one-missing.md');
    const text = readFileSync(join(packageRoot(), THEORY_DOCUMENT), 'utf8');
    writeFileSync(
      planted,
      text
        .split('\n')
        .filter((line) => !line.startsWith(`| \`${first.id}\``))
        .join('\n'),
    );
    const f = checkCatalogueFiles({ ...project, theoryPath: planted });
    expect(f.missingFromCatalogue).toEqual([]);
    expect(f.notInTheory).toEqual([first.id]);
    expect(f.pass).toBe(false);
  });

  it('fails when the document is absent (no ids stand in for it), and when the barrel lacks a rule', () => {
    const f = checkCatalogueFiles({
      ...project,
      barrel: { ...barrel, fa: { ...ruleRegistry.fa } },
      theoryPath: join(dir, 'absent.md'),
    });
    expect(f.theoryFound).toBe(false);
    expect(f.theoryIds).toEqual([]);
    expect(f.notInTheory).toEqual(catalogue.map((c) => c.id));
    expect(f.barrel.missing).toEqual(['fa']);
    expect(f.pass).toBe(false);
    const absent = checkCatalogueFiles({ ...project, theoryPath: join(dir, 'absent.md') });
    expect(absent.barrel.pass).toBe(true);
    expect(absent.pass).toBe(false);
  });

  it('fails a document without any claim id', () => {
    const empty = join(dir, 'EMPTY.md');
    writeFileSync(empty, '# no table\n');
    const f = checkCatalogueFiles({ ...project, theoryPath: empty });
    expect(f.theoryFound).toBe(true);
    expect(f.theoryIds).toEqual([]);
    expect(f.pass).toBe(false);
  });
});
