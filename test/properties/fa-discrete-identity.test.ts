import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { claim } from '../../properties/fa-discrete-identity.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import { faults } from '../../src/faults/index.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { claimSettings, profileFor } from '../../src/runner/profiles.js';
import { realSolvers, type Solvers } from '../../src/solvers/Solvers.js';

/** The quick profile (`--profile quick`), what `npm test` runs, with seed 7. */
const QUICK = { ...claimSettings(profileFor('quick'), claim.id), seed: 7 };

const cases = (maxSize: number, n: number, seed: number): FactorizationCase[] =>
  fc.sample(claim.arbitrary(maxSize), { numRuns: n, seed });

/** The real solvers with what the discrete solver returns changed. */
const returned = (
  change: (run: ReturnType<Solvers['solveDense']>) => ReturnType<Solvers['solveDense']>,
): Solvers => ({
  ...realSolvers,
  solveDense: (o) => change(realSolvers.solveDense(o)),
});

describe('fa-discrete-identity', () => {
  it('generates instances within its hypotheses, from zero and from small starts, every rank relation', () => {
    const sample = cases(8, 300, 3);
    for (const c of sample) expect(claim.unmetHypotheses(c), JSON.stringify(claim.describe(c))).toEqual([]);
    const share = (label: string): number =>
      sample.filter((c) => claim.classify(c).includes(label)).length / sample.length;
    for (const label of ['init:zero', 'init:small-random']) expect(share(label)).toBeGreaterThanOrEqual(0.3);
    for (const label of ['r<rank', 'r=rank', 'r>rank']) expect(share(label)).toBeGreaterThan(0.1);
  });

  it('states its hypotheses as a predicate: a B orthogonal to a singular vector, or an inconsistent Y, is outside', () => {
    const c = cases(4, 20, 1).find((x) => x.n >= 2 && x.k === 1) as FactorizationCase;
    expect(c).toBeDefined();
    const u1 = c.U.getColumnVector(0);
    // B minus its component along u1: B^T u1 = 0.
    const B = c.B.clone().sub(u1.mmul(u1.transpose().mmul(c.B)));
    expect(claim.unmetHypotheses({ ...c, B }).join(' ')).toMatch(/not generic/);
    expect(claim.unmetHypotheses({ ...c, Y: c.Y.clone().mul(2) }).join(' ')).toMatch(/Y differs/);
  });

  it('holds on generated instances with the rounding allowance to spare (measured: at most 2e-3 of it)', () => {
    let worst = 0;
    for (const c of cases(8, 60, 11)) {
      const ev = claim.evaluate(c);
      expect(ev.error).toBeUndefined();
      expect(ev.violation).toBeLessThanOrEqual(ev.tolerance);
      worst = Math.max(worst, ev.violation / ev.tolerance);
      expect(ev.observed.largestRelativeResidual as number).toBeLessThanOrEqual(1e-12);
      // The alignment account closes: the end alignment as closed form (4) predicts it.
      const gap = Math.abs((ev.observed.alignmentEnd as number) - (ev.observed.alignmentAccounted as number));
      expect(gap).toBeLessThanOrEqual(1e-10);
    }
    expect(worst).toBeLessThanOrEqual(0.01);
  });

  it('holds under the quick profile at seed 7', () => {
    const r = checkClaim(claim, QUICK);
    expect(r.outcome).toBe('holds');
    expect(r.runs).toBe(QUICK.runs);
  });

  it('is tight: a returned W off by 1e-9 relative refutes it, decisively', () => {
    const off = returned((run) => ({ ...run, W: run.W.clone().mul(1 + 1e-9) }));
    const r = checkClaim(claim, { ...QUICK, solvers: off });
    expect(r.outcome).toBe('refuted');
    expect(r.counterexample?.margin ?? Number.NaN).toBeGreaterThanOrEqual(10);
  });

  it('refutes the run of another step size than its own (the fault step-size-halved), at 1 x 1', () => {
    const halved = faults.find((f) => f.id === 'step-size-halved');
    expect(halved).toBeDefined();
    const r = checkClaim(claim, { ...QUICK, solvers: halved?.plant(realSolvers) ?? realSolvers });
    expect(r.outcome).toBe('refuted');
    expect([r.counterexample?.n, r.counterexample?.m, r.counterexample?.r]).toEqual([1, 1, 1]);
  });

  it('reports an error, not a verdict, for a diverged run or a solver that hides its iterates', () => {
    const c = cases(4, 1, 2)[0];
    const diverged = returned((run) => ({ ...run, reason: 'diverged' }));
    expect(claim.evaluate(c, diverged).error).toMatch(/diverged/);
    const hidden: Solvers = {
      ...realSolvers,
      solveDense: (o) => realSolvers.solveDense({ ...o, onStep: undefined }),
    };
    const ev = claim.evaluate(c, hidden);
    expect(ev.error).toMatch(/updated 0 iterates/);
    expect(ev.pass).toBe(false);
  });

  it('fails on NaN: a returned Z with a NaN entry is never within the allowance', () => {
    const c = cases(4, 1, 2)[0];
    const nan = returned((run) => ({ ...run, Z: new Matrix(run.Z.rows, run.Z.columns).fill(Number.NaN) }));
    expect(claim.evaluate(c, nan).pass).toBe(false);
  });
});
