import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { evaluation, unfinished, type Claim } from '../../src/claim/Claim.js';
import { checkClaim, DECISIVE_MULTIPLE } from '../../src/runner/checkClaim.js';
import { genericFeedbackProblems } from '../../src/claim/caseHypotheses.js';
import { solveCase } from '../../src/solvers/solveCase.js';
import { realSolvers, type Solvers } from '../../src/solvers/Solvers.js';
import { factorizationCaseCodec } from '../../src/fixtures/factorizationCaseCodec.js';
import { replayFixture } from '../../src/runner/replayFixture.js';
import { fa } from '../../src/rules/fa.js';
import { runMain } from '../_support/runMain.js';

// The findings of issue #11, each as a test that failed before the fix: a crash or a non-finite
// number is an error (never the expected refutation), a decisive counterexample stays decisive, the
// checks that could not fail now can, and shrunk or replayed inputs stay inside the hypotheses.

const claimById = (id: string): Claim<unknown> => {
  const claim = catalogue.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim ${id}`);
  return claim;
};

const throwing: Solvers = {
  solveDense: () => {
    throw new Error('planted: solver crashed');
  },
  integrateFlow: () => {
    throw new Error('planted: integrator crashed');
  },
  trainTwoLayerNetwork: () => {
    throw new Error('planted: network crashed');
  },
  faLimit: () => {
    throw new Error('planted: oracle crashed');
  },
};

describe('an error is not a verdict', () => {
  it.each(catalogue.map((c) => [c.id, c.expected] as const))(
    'a planted throw makes %s (expected %s) an error, with the message and a replayable input',
    (id) => {
      const claim = claimById(id);
      const maxSize = Math.max(4, claim.minSize ?? 1);
      const r = checkClaim(claim, { runs: 20, seed: 7, maxSize, solvers: throwing });
      expect(r.outcome).toBe('error');
      expect(r.error).toMatch(/planted: .* crashed/);
      expect(r.input).toBeDefined();
      // A targeted search or a sequence of draws replays from its seed and side bound; a fast-check
      // run from its path too.
      const drawn = claim.target !== undefined || claim.kind === 'probability';
      expect(r.replay?.path).toMatch(drawn ? /^$/ : /^\d+(:\d+)*$/);
      expect(r.replay?.maxSize).toBeLessThanOrEqual(maxSize);
    },
  );

  it.each([
    'gd-reaches-optimum',
    'fa-reaches-optimum-when-r-ge-rank',
    'fa-reaches-optimum-for-every-r',
    'fa-reaches-optimum-with-any-feedback',
  ])('a planted NaN in the returned factors makes %s an error, not a refutation', (id) => {
    const nanLoss: Solvers = {
      ...realSolvers,
      solveDense: (o) => {
        const run = realSolvers.solveDense(o);
        const Z = run.Z.clone();
        Z.set(0, 0, Number.NaN);
        return { ...run, Z };
      },
    };
    const r = checkClaim(claimById(id), { runs: 20, seed: 7, maxSize: 4, solvers: nanLoss });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/non-finite/);
  });

  it('the stored fixture with Y and s scaled by 1e200 replays as an error, exit 3', async () => {
    const file = join('fixtures', 'fa-reaches-optimum-for-every-r', 'c9ec00f530f6.json');
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as { input: Record<string, unknown> };
    const scale = (a: number[][]): number[][] => a.map((row) => row.map((x) => x * 1e200));
    const input = {
      ...fixture.input,
      Y: scale(fixture.input.Y as number[][]),
      s: (fixture.input.s as number[]).map((x) => x * 1e200),
    };
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-scaled-'));
    const scaled = join(dir, 'scaled.json');
    writeFileSync(scaled, JSON.stringify({ ...fixture, input }));
    const replayed = replayFixture(scaled, catalogue);
    expect(replayed.status).toBe('error');
    expect(replayed.ok).toBe(false);
    expect(replayed.error).toMatch(/hypotheses/);
    const run = await runMain('replay', scaled);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/error/);
  });

  it('a hand-edited fixture whose Y is 1 x 2 while it says n = 2 replays as an error', () => {
    const file = join('fixtures', 'fa-reaches-optimum-for-every-r', 'c9ec00f530f6.json');
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as { input: Record<string, unknown> };
    const dir = mkdtempSync(join(tmpdir(), 'fa-verify-shape-'));
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify({ ...fixture, input: { ...fixture.input, Y: [[1, 0]] } }));
    const replayed = replayFixture(edited, catalogue);
    expect(replayed.status).toBe('error');
    expect(replayed.error).toMatch(/Y is 1 x 2, not 2 x 2/);
  });
});

describe('a decisive counterexample stays decisive', () => {
  // A user's claim: "1 x 1 FA with eta = 0.5 converges for b in [0.1, 3]". False: at b = 1.47 the loss
  // reaches 6e9. Shrinking used to slide to b = 1.4690550, violation 1.0000003e-8 against 1e-8, which
  // the precision recheck called rounding: the result was `holds`.
  const TOL = 1e-8;
  const oneByOne: Claim<number> = {
    id: 'user-1x1-fa-converges',
    expected: 'holds',
    statement: '1 x 1 FA from zero with eta = 0.5 converges to Y = 1 for every b in [0.1, 3]',
    hypotheses: ['b in [0.1, 3]'],
    regimes: [],
    arbitrary: () => fc.double({ min: 0.1, max: 3, noNaN: true }),
    unmetHypotheses: (b) => (b >= 0.1 && b <= 3 ? [] : [`b = ${b} outside [0.1, 3]`]),
    evaluate: (b, solvers) => {
      const run = solveCase(new Matrix([[1]]), 1, new Matrix([[b]]), null, null, {
        rule: fa,
        eta: 0.5,
        stopping: { kind: 'until', maxSteps: 100_000, targetLoss: 1e-12, stationaryTol: 0 },
        ...(solvers === undefined ? {} : { solvers }),
      });
      if (run.reason === 'budget') return unfinished('no convergence within the budget', { b });
      return evaluation(run.loss, TOL, { loss: run.loss, reason: run.reason });
    },
    classify: () => [],
    describe: (b) => ({ n: 1, m: 1, rankY: 1, r: 1, b }),
    codec: { encode: (b) => b, decode: (v) => v as number },
  };

  it('comes out refuted, with a decisive shrunk counterexample near b = 1.47', () => {
    for (const seed of [1, 2]) {
      const r = checkClaim(oneByOne, { runs: 100, seed, maxSize: 1 });
      expect(r.outcome, `seed ${seed}`).toBe('refuted');
      const violation = Number(r.counterexample?.violation);
      expect(violation, `seed ${seed}`).toBeGreaterThan(DECISIVE_MULTIPLE * TOL);
      expect(Math.abs(Number(r.input) - 1.47), `seed ${seed}: b = ${String(r.input)}`).toBeLessThanOrEqual(
        0.02,
      );
      expect(r.precision?.label).toBe('genuine');
    }
  });
});

describe('checks that could not fail now can', () => {
  it('fa-alignment-grows refutes a solver that returns Z = 0', () => {
    const zeroZ: Solvers = {
      ...realSolvers,
      solveDense: (o) => {
        const run = realSolvers.solveDense(o);
        return { ...run, Z: Matrix.zeros(run.Z.rows, run.Z.columns) };
      },
    };
    for (const seed of [1, 7]) {
      const r = checkClaim(claimById('fa-alignment-grows'), { runs: 30, seed, maxSize: 6, solvers: zeroZ });
      expect(r.outcome, `seed ${seed}`).toBe('refuted');
    }
  });

  it('fa-flow-invariant reports an integrator stopped on its budget as an error, not holds', () => {
    const oneStep: Solvers = {
      ...realSolvers,
      integrateFlow: (o) => realSolvers.integrateFlow({ ...o, maxSteps: 1 }),
    };
    const r = checkClaim(claimById('fa-flow-invariant'), { runs: 20, seed: 7, maxSize: 8, solvers: oneStep });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/budget/);
  });
});

describe('shrunk counterexamples stay inside the hypotheses', () => {
  it('fa-reaches-optimum-for-every-r ends at a generic B (no B^T u_i below 1e-3 ||B||_2 / sqrt(n))', () => {
    for (const seed of [1, 5, 7]) {
      const r = checkClaim(claimById('fa-reaches-optimum-for-every-r'), { runs: 100, seed, maxSize: 8 });
      expect(r.outcome, `seed ${seed}`).toBe('refuted');
      const c = factorizationCaseCodec.decode(r.input);
      expect(genericFeedbackProblems(c), `seed ${seed}`).toEqual([]);
    }
  });
});
