import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnyClaim } from '../catalogue/Claim.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { checkBarrel, type BarrelAudit } from './checkBarrel.js';
import { parseTheoryIds } from './parseTheoryIds.js';

/** Where a layout audit looks, and what it compares. @internal */
export interface CatalogueFilesInput {
  /** The package root (the directory holding `properties/`). */
  readonly root: string;
  readonly catalogue: readonly AnyClaim[];
  /** The public barrel's exports (`import * as barrel from 'src/index.js'`). */
  readonly barrel: Readonly<Record<string, unknown>>;
  readonly registry: Readonly<Record<string, LearningRule>>;
  /** THEORY.md; default `<root>/../shared/THEORY.md`. When absent, the catalogue's ids stand in. */
  readonly theoryPath?: string;
}

/** The layout audit. @internal */
export interface CatalogueFiles {
  /** Claim ids without a file `properties/<id>.ts` that names the id (failures). */
  readonly missingPropertyFiles: readonly string[];
  /** Where the ids came from: the path of THEORY.md relative to the root, or `catalogue` when it is absent. */
  readonly theorySource: string;
  readonly theoryIds: readonly string[];
  /** Ids of THEORY.md's table that the catalogue lacks (failures). */
  readonly missingFromCatalogue: readonly string[];
  /** Catalogue ids that THEORY.md's table lacks (reported: the catalogue may grow first). */
  readonly notInTheory: readonly string[];
  readonly barrel: BarrelAudit;
  readonly pass: boolean;
}

/**
 * Checks the catalogue against the tree and THEORY.md: every claim has a property file named by its
 * id, every id of THEORY.md's table is a claim of the catalogue, and the barrel names everything the
 * rule registry has ({@link checkBarrel}). Reads files; writes nothing.
 * @internal
 */
export function checkCatalogueFiles(input: CatalogueFilesInput): CatalogueFiles {
  const ids = input.catalogue.map((c) => c.id);
  const missingPropertyFiles = ids.filter((id) => {
    const path = join(input.root, 'properties', `${id}.ts`);
    return !existsSync(path) || !readFileSync(path, 'utf8').includes(`'${id}'`);
  });
  const theoryPath = input.theoryPath ?? join(input.root, '..', 'shared', 'THEORY.md');
  const found = existsSync(theoryPath);
  const theoryIds = found ? parseTheoryIds(readFileSync(theoryPath, 'utf8')) : ids;
  const missingFromCatalogue = theoryIds.filter((id) => !ids.includes(id));
  const notInTheory = ids.filter((id) => !theoryIds.includes(id));
  const barrel = checkBarrel(input.barrel, input.registry);
  return {
    missingPropertyFiles,
    theorySource: found ? relative(input.root, theoryPath) : 'catalogue',
    theoryIds,
    missingFromCatalogue,
    notInTheory,
    barrel,
    pass:
      missingPropertyFiles.length === 0 &&
      missingFromCatalogue.length === 0 &&
      theoryIds.length > 0 &&
      barrel.pass,
  };
}
