import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claim } from '../../properties/fa-reduction-is-exact.js';
import { checkClaim } from '../../src/runner/checkClaim.js';
import { claimSettings, profileFor } from '../../src/runner/profiles.js';
import { realSolvers, type Solvers } from '../../src/solvers/Solvers.js';

/** The quick profile (`--profile quick`), what `npm test` runs, with seed 7. */
const QUICK = { ...claimSettings(profileFor('quick'), claim.id), seed: 7 };

/** The solvers with the discrete solver's result changed when it is asked for the forced reduction. */
function reducedRunChanged(
  change: (run: ReturnType<Solvers['solveDense']>) => ReturnType<Solvers['solveDense']>,
): Solvers {
  return {
    ...realSolvers,
    solveDense: (o) => {
      const run = realSolvers.solveDense(o);
      return o.reduce === 'always' ? change(run) : run;
    },
  };
}

describe('fa-reduction-is-exact', () => {
  it('generates full-rank targets mostly, low-rank ones too, from zero and from small starts', () => {
    const cases = fc.sample(claim.arbitrary(8), { numRuns: 400, seed: 5 });
    const share = (label: string): number =>
      cases.filter((c) => claim.classify(c).includes(label)).length / cases.length;
    expect(share('full-rank')).toBeGreaterThanOrEqual(0.7);
    expect(share('low-rank')).toBeGreaterThan(0);
    expect(share('init:zero')).toBeGreaterThanOrEqual(0.3);
    expect(share('init:small-random')).toBeGreaterThanOrEqual(0.3);
    // Full rank here means a genuinely noisy target: its smallest singular value is not rounding.
    const noisy = cases.filter((c) => c.k === Math.min(c.n, c.m) && c.k > 1);
    expect(noisy.length).toBeGreaterThan(0);
    for (const c of noisy) expect(c.s[c.k - 1]).toBeGreaterThan(1e-12);
  });

  it('refutes a solver that skips the reduction when forced (it must run in C x R)', () => {
    const skipped: Solvers = {
      ...realSolvers,
      solveDense: (o) => realSolvers.solveDense({ ...o, reduce: o.reduce === 'always' ? false : o.reduce }),
    };
    const r = checkClaim(claim, { ...QUICK, solvers: skipped });
    expect(r.outcome).toBe('refuted');
    expect(r.counterexample?.violation).toBe(1);
  });

  it('refutes a reduced run whose W is off by 1e-8 relative, or whose traced losses are off by 1e-6', () => {
    const wOff = reducedRunChanged((run) => ({ ...run, W: run.W.clone().mul(1 + 1e-8) }));
    expect(checkClaim(claim, { ...QUICK, solvers: wOff }).outcome).toBe('refuted');
    const noOffset = reducedRunChanged((run) => {
      const trace = run.trace;
      if (trace === undefined) return run;
      const first = trace.loss[0];
      return { ...run, trace: { ...trace, loss: trace.loss.map((l) => l - 1e-6 * first) } };
    });
    expect(checkClaim(claim, { ...QUICK, solvers: noOffset }).outcome).toBe('refuted');
  });

  it('refutes a reduced run whose traced alignment is 1 % off (as with ||Q_C^T B||_F for ||B||_F)', () => {
    const shortB = reducedRunChanged((run) => {
      const trace = run.trace;
      if (trace === undefined) return run;
      return { ...run, trace: { ...trace, alignment: trace.alignment.map((a) => a * 1.01) } };
    });
    const r = checkClaim(claim, { ...QUICK, solvers: shortB });
    expect(r.outcome).toBe('refuted');
  });

  it('evaluates a generated case on the real solvers to a violation within 1e-10', () => {
    const [c] = fc.sample(claim.arbitrary(8), { numRuns: 1, seed: 9 });
    const ev = claim.evaluate(c);
    expect(ev.pass).toBe(true);
    expect(ev.violation).toBeLessThanOrEqual(1e-10);
  });
});
