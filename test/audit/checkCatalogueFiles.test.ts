import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkCatalogueFiles } from '../../src/audit/checkCatalogueFiles.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import * as barrel from '../../src/index.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';

const dir = mkdtempSync(join(tmpdir(), 'fa-verify-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkCatalogueFiles', () => {
  it('passes the project: property files, THEORY.md ids and the barrel', () => {
    const f = checkCatalogueFiles({ root: packageRoot(), catalogue, barrel, registry: ruleRegistry });
    expect(f.missingPropertyFiles).toEqual([]);
    expect(f.missingFromCatalogue).toEqual([]);
    expect(f.barrel.pass).toBe(true);
    expect(f.pass).toBe(true);
    expect(f.theoryIds.length).toBeGreaterThanOrEqual(12);
    expect(['../shared/THEORY.md', 'catalogue']).toContain(f.theorySource);
  });

  it('fails a tree without the property files and a THEORY.md with an id the catalogue lacks', () => {
    const root = join(dir, 'pkg');
    mkdirSync(join(root, 'properties'), { recursive: true });
    const [first, second] = catalogue;
    writeFileSync(join(root, 'properties', `${first.id}.ts`), `export const claim = { id: '${first.id}' };`);
    writeFileSync(join(root, 'properties', `${second.id}.ts`), 'export const claim = { id: "renamed" };');
    const theory = join(dir, 'THEORY.md');
    writeFileSync(theory, `| \`${first.id}\` | ... |\n| \`not-a-claim-yet\` | ... |\n`);
    const f = checkCatalogueFiles({ root, catalogue, barrel, registry: ruleRegistry, theoryPath: theory });
    expect(f.missingPropertyFiles).toEqual(catalogue.slice(1).map((c) => c.id));
    expect(f.missingFromCatalogue).toEqual(['not-a-claim-yet']);
    expect(f.notInTheory).toEqual(catalogue.slice(1).map((c) => c.id));
    expect(f.theorySource).toBe('../THEORY.md');
    expect(f.pass).toBe(false);
  });

  it("uses the catalogue's ids when THEORY.md is absent, and fails when the barrel lacks a rule", () => {
    const f = checkCatalogueFiles({
      root: packageRoot(),
      catalogue,
      barrel: { ...barrel, fa: { ...ruleRegistry.fa } },
      registry: ruleRegistry,
      theoryPath: join(dir, 'absent.md'),
    });
    expect(f.theorySource).toBe('catalogue');
    expect(f.theoryIds).toEqual(catalogue.map((c) => c.id));
    expect(f.barrel.missing).toEqual(['fa']);
    expect(f.pass).toBe(false);
  });

  it('fails a THEORY.md without any claim id', () => {
    const empty = join(dir, 'EMPTY.md');
    writeFileSync(empty, '# no table\n');
    const f = checkCatalogueFiles({
      root: packageRoot(),
      catalogue,
      barrel,
      registry: ruleRegistry,
      theoryPath: empty,
    });
    expect(f.theoryIds).toEqual([]);
    expect(f.pass).toBe(false);
  });
});
