import type { CatalogueFiles } from './checkCatalogueFiles.js';
import type { ClaimCoverage } from './checkClaimCoverage.js';
import type { RegimeCoverage } from './checkRegimeCoverage.js';
import type { Teeth } from './checkTeeth.js';
import type { CodeCoverage } from './runCodeCoverage.js';
import type { MutationAudit } from './judgeMutation.js';

/**
 * Everything `fa-verify audit` measured, as typed data (formatted by {@link formatAuditMarkdown}, or
 * printed as JSON). A part that was skipped is `null`.
 * @internal
 */
export interface AuditReport {
  /** ISO time the audit started. */
  readonly startedAt: string;
  readonly seconds: number;
  /** True when no part that ran failed. */
  readonly pass: boolean;
  /** One line per failed requirement, prefixed by its part (`coverage:`, `regimes:`, ...). */
  readonly failures: readonly string[];
  readonly codeCoverage: CodeCoverage | null;
  readonly regimes: readonly RegimeCoverage[];
  readonly regimeSeconds: number;
  readonly claimCoverage: ClaimCoverage;
  readonly catalogueFiles: CatalogueFiles;
  /** The claims expected to hold run on planted faults (`src/faults/`); `null`: skipped. */
  readonly teeth: Teeth | null;
  readonly mutation: MutationAudit | null;
}
