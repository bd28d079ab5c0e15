import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnyClaim } from '../claim/Claim.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { checkBarrel, type BarrelAudit } from './checkBarrel.js';
import { parseTheoryIds, THEORY_DOCUMENT } from './parseTheoryIds.js';

/** Where a layout audit looks, and what it compares. @internal */
export interface CatalogueFilesInput {
  /** The package root (the directory holding `properties/`). */
  readonly root: string;
  readonly catalogue: readonly AnyClaim[];
  /** The public barrel's exports (`import * as barrel from 'src/index.js'`). */
  readonly barrel: Readonly<Record<string, unknown>>;
  readonly registry: Readonly<Record<string, LearningRule>>;
  /**
   * The theory document whose table lists the claims; default `<root>/docs/theory.md`. When it is
   * absent there are no ids to compare with, which fails the audit.
   */
  readonly theoryPath?: string;
}

/** The layout audit. @internal */
export interface CatalogueFiles {
  /** Claim ids without a file `properties/<id>.ts` that names the id (failures). */
  readonly missingPropertyFiles: readonly string[];
  /** Where the ids came from: the theory document's path relative to the root (`docs/theory.md`). */
  readonly theorySource: string;
  /** Whether the theory document exists (when it does not, {@link CatalogueFiles.theoryIds} is empty). */
  readonly theoryFound: boolean;
  readonly theoryIds: readonly string[];
  /** Ids of the theory document's table that the catalogue lacks (failures). */
  readonly missingFromCatalogue: readonly string[];
  /** Catalogue ids that the theory document's table lacks (failures: a claim is documented with it). */
  readonly notInTheory: readonly string[];
  readonly barrel: BarrelAudit;
  readonly pass: boolean;
}

/**
 * Checks the catalogue against the tree and the theory document (`docs/theory.md`): every claim has a
 * property file named by its id, the document's table and the catalogue hold the same ids (each way),
 * and the barrel names everything the rule registry has ({@link checkBarrel}). Reads files; writes
 * nothing.
 * @internal
 */
export function checkCatalogueFiles(input: CatalogueFilesInput): CatalogueFiles {
  const ids = input.catalogue.map((c) => c.id);
  const missingPropertyFiles = ids.filter((id) => {
    const path = join(input.root, 'properties', `${id}.ts`);
    return !existsSync(path) || !readFileSync(path, 'utf8').includes(`'${id}'`);
  });
  const theoryPath = input.theoryPath ?? join(input.root, THEORY_DOCUMENT);
  const found = existsSync(theoryPath);
  const theoryIds = found ? parseTheoryIds(readFileSync(theoryPath, 'utf8')) : [];
  const missingFromCatalogue = theoryIds.filter((id) => !ids.includes(id));
  const notInTheory = ids.filter((id) => !theoryIds.includes(id));
  const barrel = checkBarrel(input.barrel, input.registry);
  return {
    missingPropertyFiles,
    theorySource: relative(input.root, theoryPath),
    theoryFound: found,
    theoryIds,
    missingFromCatalogue,
    notInTheory,
    barrel,
    pass:
      missingPropertyFiles.length === 0 &&
      missingFromCatalogue.length === 0 &&
      notInTheory.length === 0 &&
      theoryIds.length > 0 &&
      barrel.pass,
  };
}
