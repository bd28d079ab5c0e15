import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { realSolvers, type Solvers } from '../../src/solvers/Solvers.js';
import { faults } from '../../src/faults/index.js';
import { toDense } from '../../src/linalg/Dense.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { kp } from '../../src/rules/kp.js';
import { claimSettings, profileFor } from '../../src/runner/profiles.js';

// Every claim expected to hold has teeth: with a fault of src/faults/ planted in its solvers it is
// refuted, with a shrunk counterexample, on seeds 7 and 8 (100 cases, sides up to 8), down to the
// sides below. Every fault that some claim refutes is checked here at least once; a few refutations
// measured besides are left to the audit's teeth part, which runs the whole table claim x fault
// (with the faults each claim misses or reports as an error), to keep this file within its time:
// fa-alignment-grows also refutes initial-z-returned (1 x 1), and the network claim every fault of
// the discrete solver (initial-z-returned, zero-z-returned, residual-sign-flipped, step-size-doubled
// at 1 x 1, feedback-last-row-ignored at 2 x 1).

type Sides = { n: number; m: number; rankY: number; r: number };
const one: Sides = { n: 1, m: 1, rankY: 1, r: 1 };

/** Per claim expected to hold: the faults that flip it, and the sides its counterexample shrinks to. */
const flips: Readonly<Record<string, Readonly<Record<string, Sides>>>> = {
  'gd-reaches-optimum': {
    'initial-z-returned': one,
    'residual-sign-flipped': one,
  },
  'fa-reaches-optimum-when-r-ge-rank': {
    'initial-z-returned': one,
    'residual-sign-flipped': one,
    'feedback-last-row-ignored': { n: 2, m: 2, rankY: 2, r: 2 },
    'step-size-doubled': one,
  },
  'fa-limit-closed-form': {
    'initial-z-returned': one,
    'zero-z-returned': one,
    'residual-sign-flipped': one,
    'feedback-last-row-ignored': { n: 2, m: 2, rankY: 2, r: 1 },
    'step-size-doubled': one,
  },
  'fa-alignment-grows': {
    'zero-z-returned': one,
    'feedback-sign-flipped': one,
  },
  'fa-flow-invariant': {
    'initial-z-returned': one,
    'zero-z-returned': one,
    'feedback-sign-flipped': one,
    'feedback-last-row-ignored': { n: 2, m: 1, rankY: 1, r: 1 },
    'flow-loose-tolerance': one,
  },
  'fa-discrete-identity': {
    'initial-z-returned': one,
    'zero-z-returned': one,
    'feedback-sign-flipped': one,
    'step-size-halved': one, // the identity is exact for the run's own eta, not for the claim's
  },
  'fa-reduction-is-exact': {
    'feedback-sign-flipped': one, // a rule that is not FA's own is not reduced to the feedback subspaces
    'step-size-doubled': { n: 1, m: 2, rankY: 1, r: 1 },
  },
  'kp-feedback-tracks-forward': {
    'feedback-not-trained': one,
  },
  'kp-reaches-regularized-optimum': {
    'feedback-not-trained': one, // FA with decay: its fixed point is not the shrinkage, even at 1 x 1
  },
  'two-layer-network-equals-factorization': {
    'gd-backward-is-feedback': one,
    'gd-backward-is-stale': one,
    'step-size-halved': one,
    'one-step-fewer': one,
    'inputs-not-whitened': one,
  },
};

describe('quality: every claim expected to hold refutes a planted fault', () => {
  it('the table names every claim expected to hold, and only faults of the catalogue', () => {
    // A claim expected to hold is added with its row here: a claim no fault refutes has no teeth.
    const holds = catalogue
      .filter((c) => c.expected === 'holds' && (c.kind ?? 'universal') === 'universal')
      .map((c) => c.id);
    expect(Object.keys(flips).sort()).toEqual([...holds].sort());
    const ids = faults.map((f) => f.id);
    for (const table of Object.values(flips)) {
      expect(Object.keys(table).length).toBeGreaterThan(0);
      for (const id of Object.keys(table)) expect(ids).toContain(id);
    }
  });

  for (const [claimId, table] of Object.entries(flips)) {
    it(`${claimId} refutes ${Object.keys(table).join(', ')}`, () => {
      const claim = catalogue.find((c) => c.id === claimId);
      expect(claim).toBeDefined();
      if (claim === undefined) return;
      for (const [faultId, sides] of Object.entries(table)) {
        const fault = faults.find((f) => f.id === faultId);
        expect(fault, faultId).toBeDefined();
        if (fault === undefined) continue;
        const solvers = fault.plant(realSolvers);
        for (const seed of [7, 8]) {
          const where = `${faultId}, seed ${seed}`;
          const r = checkClaim(claim, { runs: 100, seed, maxSize: 8, solvers });
          expect(r.outcome, `${where}: ${r.error ?? ''}`).toBe('refuted');
          const ce = r.counterexample;
          expect(ce, where).toBeDefined();
          expect({ n: ce?.n, m: ce?.m, rankY: ce?.rankY, r: ce?.r }, where).toEqual(sides);
          expect(ce?.margin, where).toBeGreaterThan(1); // past the tolerance (decisive or genuine)
          expect(r.precision?.label, where).toBe('genuine');
        }
      }
    });
  }
});

/**
 * Existence and high-probability claims (and the companion refuted by its interval): the faults that
 * flip each one's outcome from what it is expected to be, under the quick profile's settings, on seeds
 * 7 and 8. The witnesses and intervals rest on the closed-form FA limit and on the runs of GD and FA,
 * so the faults are those of the oracle (`fa-limit-*`) and of the solver.
 */
const flipsOfOtherKinds: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'fa-far-from-optimal': { 'fa-limit-is-optimum': 'not witnessed' },
  'fa-typically-far-from-optimal': { 'fa-limit-is-optimum': 'refuted' },
  'fa-typically-far-at-rank-one': { 'fa-limit-product-zero': 'holds' },
  'gd-fa-almost-orthogonal-at-equal-loss': { 'residual-sign-flipped': 'not witnessed' },
};

describe('quality: every existence and high-probability claim is flipped by a planted fault', () => {
  it('the table names every such claim', () => {
    const others = catalogue
      .filter((c) => c.kind === 'existence' || c.kind === 'probability')
      .map((c) => c.id);
    expect(Object.keys(flipsOfOtherKinds).sort()).toEqual([...others].sort());
  });

  for (const [claimId, table] of Object.entries(flipsOfOtherKinds)) {
    it(`${claimId} flips under ${Object.keys(table).join(', ')}, and comes out as expected without`, () => {
      const claim = catalogue.find((c) => c.id === claimId);
      expect(claim).toBeDefined();
      if (claim === undefined) return;
      const settings = claimSettings(profileFor('quick'), claimId);
      for (const [faultId, flipped] of Object.entries(table)) {
        const fault = faults.find((f) => f.id === faultId);
        expect(fault, faultId).toBeDefined();
        if (fault === undefined) continue;
        for (const seed of [7, 8]) {
          const clean = checkClaim(claim, { ...settings, seed });
          expect(clean.outcome, `seed ${seed}, no fault: ${clean.error ?? ''}`).toBe(claim.expected);
          const r = checkClaim(claim, { ...settings, seed, solvers: fault.plant(realSolvers) });
          expect(r.outcome, `${faultId}, seed ${seed}: ${r.error ?? ''}`).toBe(flipped);
        }
      }
    });
  }
});

describe('the fault catalogue', () => {
  it('has unique kebab-case ids and one-line descriptions', () => {
    const ids = faults.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of faults) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.description).not.toMatch(/\n/);
    }
  });

  // Each fault changes what some solver returns on a small case (or makes it throw): a fault that
  // changes nothing could not be caught, and would make the teeth part vacuous. Planting never
  // touches the real set.
  const y = new Matrix([
    [1, 0.3],
    [0.2, 0.5],
  ]);
  const b = new Matrix([
    [0.6, 0.1],
    [-0.8, 0.4],
  ]);
  const z0 = new Matrix([
    [0.01, 0.02],
    [-0.01, 0.03],
  ]);
  const w0 = new Matrix([
    [0.02, -0.01],
    [0.01, 0.02],
  ]);
  /** The factors each solver ends with, and its loss or time (or the message it threw), as one list. */
  const outputs = (s: Solvers): unknown[] => {
    const attempt = (f: () => Matrix): unknown => {
      try {
        return f().to2DArray();
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    const dense = (rule: typeof fa, start: boolean, bOrNull: Matrix | null) => () => {
      const run = s.solveDense({
        y: toDense(y),
        r: 2,
        rule,
        eta: 0.1,
        b: bOrNull === null ? null : toDense(bOrNull),
        z0: start ? toDense(z0) : null,
        w0: start ? toDense(w0) : null,
        stopping: { kind: 'steps', steps: 20 },
        divergenceFactor: 1e6,
        traceEvery: 0,
        reduce: false,
      });
      return Matrix.columnVector([...run.Z.to1DArray(), ...run.W.to1DArray(), run.loss]);
    };
    const flow = () => {
      const run = s.integrateFlow({ Y: y, B: b, rule: fa, r: 2, tEnd: 1, rtol: 1e-10 });
      return Matrix.columnVector([...run.Z.to1DArray(), ...run.W.to1DArray(), run.t]);
    };
    const network = (rule: typeof fa) => () => {
      const X = Matrix.eye(2, 2);
      const run = s.trainTwoLayerNetwork({ X, Y: y, r: 2, B: b, rule, eta: 0.1, steps: 20, Z0: z0, W0: w0 });
      return Matrix.columnVector([...run.Z.to1DArray(), ...run.W.to1DArray()]);
    };
    return [
      attempt(dense(fa, false, b)),
      attempt(dense(gd, true, null)),
      attempt(dense(gd, true, b)),
      attempt(flow),
      attempt(network(fa)),
      attempt(network(gd)),
      attempt(dense(kp.withValues({ lambda: 0.1 }), false, b)),
      // The FA-limit oracle: r = 1, where row(B^T Y) is not the top singular direction of y.
      attempt(() => {
        const limit = s.faLimit(y, b.subMatrix(0, 1, 0, 0));
        return Matrix.columnVector([...limit.product.to1DArray(), limit.loss]);
      }),
    ];
  };
  const real = outputs(realSolvers);

  it.each(faults.map((f) => [f.id, f] as const))('%s changes what a solver returns', (_id, fault) => {
    const before = { ...realSolvers };
    const planted = fault.plant(realSolvers);
    expect({ ...realSolvers }).toEqual(before);
    expect(outputs(planted)).not.toEqual(real);
  });
});
