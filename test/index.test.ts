import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as barrel from '../src/index.js';

// The public surface, pinned (as Hypothesis checks its `__all__`): a new export, or one gone, fails
// here first, and the `@public` tags of src/ name exactly what the barrel exports.

const RUNTIME_EXPORTS = [
  'ClaimFileError',
  'DECISIVE_MULTIPLE',
  'FA_DIRECT_MAX_SIDE',
  'FA_STEP',
  'FixtureError',
  'GD_STEP',
  'GENERICITY_LEVEL',
  'InputError',
  'PROFILES',
  'PROFILE_NAMES',
  'ROUNDING_ULPS',
  'ShardMergeError',
  'SvdNotConvergedError',
  'UnknownProfileError',
  'alignment',
  'axesPlusGaussian',
  'canonicalCase',
  'caseHypotheses',
  'caseRegimeRequirements',
  'caseRegimes',
  'checkClaim',
  'checkFactorizationShapes',
  'codecOf',
  'correlatedInputs',
  'defaultCodec',
  'defaultMaxRank',
  'defineClaim',
  'describeCase',
  'evaluation',
  'expectClaim',
  'fa',
  'faLimit',
  'faStepSize',
  'factorizationCaseArbitrary',
  'factorizationCaseCodec',
  'factorizationSearchSpace',
  'faults',
  'fc',
  'feedbackMatrix',
  'gaussianArbitrary',
  'gaussianGridArbitrary',
  'gaussianMatrix',
  'gaussianSampler',
  'gd',
  'gdStepSize',
  'genericFeedbackProblems',
  'hypotheses',
  'integrateDormandPrince5',
  'integrateFlow',
  'invariantResidual',
  'isDecisive',
  'isotropicInputs',
  'jacobiSvd',
  'judgeInput',
  'kp',
  'loadClaimModules',
  'lossAgainstTarget',
  'lossRecheck',
  'marginRecheck',
  'mergeShards',
  'mixed',
  'networkCaseArbitrary',
  'numericalRank',
  'optimalLoss',
  'optimalLossFromSpectrum',
  'orthonormalFrame',
  'outcomeAsExpected',
  'parseSolveCase',
  'profileFor',
  'randomFactors',
  'randomTarget',
  'rankTolerance',
  'readFixture',
  'realSolvers',
  'regimeShares',
  'replayCommandLine',
  'replayFixture',
  'representationOverlap',
  'roundingAllowance',
  'rowSpaceBasis',
  'ruleNames',
  'ruleRegistry',
  'runCatalogue',
  'runFaFromCase',
  'runGdFromCase',
  'safeFaStepSize',
  'seededFeedback',
  'seededLowRankMatrix',
  'seededUniform',
  'sign',
  'singularValues',
  'solve',
  'solveCase',
  'solveCaseSchema',
  'spectrum',
  'spectrumKinds',
  'targetNormSquared',
  'toDense',
  'toJUnitXml',
  'toJsonLines',
  'toMatrix',
  'toRows',
  'tolerances',
  'trainTwoLayerNetwork',
  'twoLevelCaseArbitrary',
  'unfinished',
  'writeFixture',
  'zeros',
];

/** Every name `src/index.ts` exports from src/, values and types, as written there (not fast-check's `fc`). */
function barrelNames(): Set<string> {
  const text = readFileSync('src/index.ts', 'utf8');
  const names = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'\.\//g)) {
    for (const part of m[1].split(',')) {
      const name =
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()
          ?.trim() ?? '';
      if (name !== '') names.add(name);
    }
  }
  return names;
}

/** Every exported declaration of src/ whose doc comment carries `@public`, by name. */
function taggedPublic(): Map<string, string> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && path !== join('src', 'index.ts'))
        files.push(path);
    }
  };
  walk('src');
  const tagged = new Map<string, string>();
  const declaration =
    /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/(?:\s*\/\/[^\n]*)*\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|interface|type|class)\s+(\w+)/g;
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(declaration))
      if (/@public\b/.test(m[1])) tagged.set(m[2], file);
  }
  return tagged;
}

describe('the public barrel src/index.ts', () => {
  it('exports exactly the pinned values', () => {
    expect(Object.keys(barrel).sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });

  it('tags @public exactly what it exports (values and types)', () => {
    const exported = barrelNames();
    const tagged = taggedPublic();
    expect([...tagged.keys()].filter((n) => !exported.has(n)).map((n) => `${n} (${tagged.get(n)})`)).toEqual(
      [],
    );
    expect([...exported].filter((n) => !tagged.has(n))).toEqual([]);
  });

  it('re-exports the fast-check it runs as fc, so that a claim author has one copy', async () => {
    const fastCheck = await import('fast-check');
    expect(barrel.fc).toBe(fastCheck.default);
    expect(barrelNames().has('fc')).toBe(false);
  });

  it('does not export the command line (src/cli imports the barrel, for the audit)', () => {
    expect(barrelNames().has('main')).toBe(false);
    expect(readFileSync('src/index.ts', 'utf8')).not.toMatch(/from '\.\/cli\//);
  });
});
