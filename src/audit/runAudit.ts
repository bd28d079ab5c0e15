import type { AnyClaim } from '../claim/Claim.js';
import type { LearningRule } from '../rules/LearningRule.js';
import type { AuditReport } from './AuditReport.js';
import { checkCatalogueFiles } from './checkCatalogueFiles.js';
import { checkClaimCoverage } from './checkClaimCoverage.js';
import type { CoverageThresholds } from './checkCoverageThresholds.js';
import { checkRegimeCoverage, type RegimeCoverageOptions } from './checkRegimeCoverage.js';
import { claimSettings, type Profile } from '../runner/profiles.js';
import { checkTeeth, type TeethOptions } from './checkTeeth.js';
import type { Fault } from '../faults/Fault.js';
import type { HypothesisLink } from './hypothesisCoverage.js';
import type { MutationAudit } from './judgeMutation.js';
import type { CodeCoverage } from './runCodeCoverage.js';

/** What the audit looks at, and how. @internal */
export interface AuditInput {
  readonly root: string;
  readonly catalogue: readonly AnyClaim[];
  readonly hypothesisCoverage: Readonly<Record<string, readonly HypothesisLink[]>>;
  readonly barrel: Readonly<Record<string, unknown>>;
  readonly registry: Readonly<Record<string, LearningRule>>;
  readonly theoryPath?: string;
  readonly regimeOptions?: RegimeCoverageOptions;
  /**
   * Check the regime coverage at the sides of each of these profiles (`claimSettings`: a claim's own
   * `maxSize` under the profile, else the profile's), once per distinct side bound; absent: once, at
   * `regimeOptions.maxSize`. The test suite's catalogue runs use one profile, `verify` another, the
   * long campaign a third at sides up to 256: a generator must reach its regimes at all of them.
   */
  readonly regimeProfiles?: readonly Profile[];
  readonly coverageThresholds: CoverageThresholds;
  readonly mutationThreshold: number;
  /** Measures code coverage (the real one spawns vitest and c8); absent: skipped. */
  readonly codeCoverage?: (root: string, thresholds: CoverageThresholds) => Promise<CodeCoverage>;
  /** Plants each fault in the solvers and runs the claims expected to hold on it; absent: skipped. */
  readonly teeth?: { readonly faults: readonly Fault[]; readonly options?: TeethOptions };
  /** Runs mutation testing (the real one spawns StrykerJS); absent: skipped. */
  readonly mutation?: (root: string, threshold: number) => Promise<MutationAudit>;
}

/**
 * Runs the audit: code coverage, the regime coverage of every claim's generator, the claim coverage
 * table, the catalogue's files, the teeth of the claims expected to hold (planted faults), and
 * mutation testing, in that order; returns typed data and never prints. Each failed requirement
 * becomes one line of `failures`, prefixed by its part.
 * @internal
 */
/** The distinct side bounds at which a claim runs under `profiles`, each with the profiles using it. */
function regimeRuns(
  claimId: string,
  profiles: readonly Profile[] | undefined,
): ReadonlyArray<{ maxSize?: number; profiles: readonly string[] }> {
  if (profiles === undefined) return [{ profiles: [] }];
  const bySize = new Map<number, string[]>();
  for (const p of profiles) {
    const size = claimSettings(p, claimId).maxSize;
    bySize.set(size, [...(bySize.get(size) ?? []), p.name]);
  }
  return [...bySize].map(([maxSize, names]) => ({ maxSize, profiles: names }));
}

export async function runAudit(input: AuditInput): Promise<AuditReport> {
  const startedAt = new Date().toISOString();
  const start = performance.now();
  const failures: string[] = [];
  const codeCoverage =
    input.codeCoverage === undefined ? null : await input.codeCoverage(input.root, input.coverageThresholds);
  for (const f of codeCoverage?.check.failures ?? []) failures.push(`coverage: ${f}`);
  const regimeStart = performance.now();
  const regimes = input.catalogue.flatMap((claim) =>
    regimeRuns(claim.id, input.regimeProfiles).map(({ maxSize, profiles }) =>
      checkRegimeCoverage(claim, {
        ...input.regimeOptions,
        ...(maxSize === undefined ? {} : { maxSize, profiles }),
        // At research sides a sample costs tens of ms: a requirement still undecided after 2000 fails.
        ...(maxSize !== undefined && maxSize > 64
          ? { maxSamples: Math.min(2000, input.regimeOptions?.maxSamples ?? 2000) }
          : {}),
      }),
    ),
  );
  const regimeSeconds = (performance.now() - regimeStart) / 1000;
  for (const r of regimes) {
    if (r.missingRequirements) failures.push(`regimes: ${r.claim} declares no regime requirements`);
    const where = r.profiles.length === 0 ? '' : ` (${r.profiles.join(', ')}: sides <= ${r.maxSize})`;
    for (const v of r.requirements) {
      if (v.verdict !== 'accepted') {
        failures.push(
          `regimes: ${r.claim}${where} ${v.label} ${v.verdict}: ${v.count}/${v.samples} = ${(100 * v.share).toFixed(1)} %, interval [${(100 * v.lower).toFixed(1)}, ${(100 * v.upper).toFixed(1)}] %, required ${(100 * v.required).toFixed(1)} %`,
        );
      }
    }
  }
  const claimCoverage = checkClaimCoverage(input.catalogue, input.hypothesisCoverage);
  for (const p of claimCoverage.problems) failures.push(`claims: ${p}`);
  const catalogueFiles = checkCatalogueFiles({
    root: input.root,
    catalogue: input.catalogue,
    barrel: input.barrel,
    registry: input.registry,
    ...(input.theoryPath === undefined ? {} : { theoryPath: input.theoryPath }),
  });
  for (const id of catalogueFiles.missingPropertyFiles)
    failures.push(`files: no properties/${id}.ts naming ${id}`);
  for (const id of catalogueFiles.missingFromCatalogue)
    failures.push(`files: ${id} of ${catalogueFiles.theorySource} is not in the catalogue`);
  for (const id of catalogueFiles.notInTheory)
    failures.push(`files: ${id} of the catalogue is not in ${catalogueFiles.theorySource}`);
  if (catalogueFiles.theoryIds.length === 0)
    failures.push(`files: no claim ids in ${catalogueFiles.theorySource}`);
  for (const name of catalogueFiles.barrel.missing)
    failures.push(`files: src/index.ts does not export ${name}`);
  const teeth =
    input.teeth === undefined ? null : checkTeeth(input.catalogue, input.teeth.faults, input.teeth.options);
  for (const c of teeth?.claims ?? []) {
    if (!c.pass)
      failures.push(`teeth: ${c.claim} refutes none of the ${teeth?.faults.length} planted faults`);
  }
  const mutation =
    input.mutation === undefined ? null : await input.mutation(input.root, input.mutationThreshold);
  for (const f of mutation?.failures ?? []) failures.push(`mutation: ${f}`);
  return {
    startedAt,
    seconds: (performance.now() - start) / 1000,
    pass: failures.length === 0,
    failures,
    codeCoverage,
    regimes,
    regimeSeconds,
    claimCoverage,
    catalogueFiles,
    teeth,
    mutation,
  };
}
