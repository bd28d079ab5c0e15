import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/io/toJson.js';
import { toMatrix } from '../../src/linalg/Dense.js';
import { randomFactors } from '../../src/random/randomFactors.js';
import { InputError } from '../../src/linalg/InputError.js';
import { fa } from '../../src/rules/fa.js';
import { gd } from '../../src/rules/gd.js';
import { solve, type SolveOptions } from '../../src/solve/solve.js';
import { alignment } from '../../src/theory/alignment.js';
import { optimalLoss } from '../../src/theory/optimalLoss.js';
import { maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';
import { solveCaseFile } from '../_support/solveCaseFile.js';

type RuleName = 'gd' | 'fa';
type InitKind = 'zero' | 'random' | 'explicit';

/**
 * The reference: plain three products with ml-matrix, simultaneous updates from the old Z and W,
 * exactly `steps` steps. Independent of the Gram form and of the solve loop.
 */
function referenceSolve(
  y: Matrix,
  b: Matrix | null,
  rule: RuleName,
  eta: number,
  steps: number,
  z0: Matrix,
  w0: Matrix,
): { z: Matrix; w: Matrix; loss: number } {
  let z = z0.clone();
  let w = w0.clone();
  for (let t = 0; t < steps; t++) {
    const e = z.mmul(w).sub(y);
    const back = rule === 'gd' ? z : (b as Matrix);
    const zNext = Matrix.sub(z, e.mmul(w.transpose()).mul(eta));
    const wNext = Matrix.sub(w, back.transpose().mmul(e).mul(eta));
    z = zNext;
    w = wNext;
  }
  return { z, w, loss: z.mmul(w).sub(y).norm('frobenius') ** 2 };
}

interface AgreementCase {
  readonly name: string;
  readonly n: number;
  readonly m: number;
  readonly k: number;
  readonly r: number;
  readonly rule: RuleName;
  readonly init: InitKind;
}

const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [5, 3], // tall
  [3, 5], // wide
  [4, 4], // square
  [1, 4], // one row
  [4, 1], // one column
  [6, 2],
];
const INITS: Record<RuleName, readonly InitKind[]> = {
  fa: ['zero', 'random', 'explicit'],
  gd: ['random', 'explicit'],
};

function agreementCases(): AgreementCase[] {
  const out: AgreementCase[] = [];
  for (const [n, m] of SHAPES) {
    for (const k of [...new Set([1, Math.min(n, m)])]) {
      for (const r of [k - 1, k, k + 1]) {
        if (r < 1) continue;
        for (const rule of ['gd', 'fa'] as const) {
          for (const init of INITS[rule]) {
            out.push({ name: `${rule}/${init}/Y${n}x${m}/k${k}/r${r}`, n, m, k, r, rule, init });
          }
        }
      }
    }
  }
  return out;
}

const ETA = 0.1;
const STEPS = 150;
const INIT_SCALE = 0.1;

describe('solve agrees with an independent naive implementation', () => {
  const cases = agreementCases();

  it('covers tall, wide and square shapes, r below/at/above the rank, both rules, every init', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(cases.some((c) => c.r < c.k)).toBe(true);
    expect(cases.some((c) => c.r === c.k)).toBe(true);
    expect(cases.some((c) => c.r > c.k)).toBe(true);
  });

  for (const c of cases) {
    it(c.name, () => {
      const seed = `agree/${c.name}`;
      const y = seededLowRank(c.n, c.m, c.k, `${seed}/Y`);
      const b = seededMatrix(c.n, c.r, `${seed}/B`, 1 / Math.sqrt(c.n));
      let z0: Matrix;
      let w0: Matrix;
      let start: Partial<SolveOptions> = {};
      if (c.init === 'zero') {
        z0 = Matrix.zeros(c.n, c.r);
        w0 = Matrix.zeros(c.r, c.m);
      } else if (c.init === 'random') {
        start = { init: { scale: INIT_SCALE, seed } };
        const f = randomFactors(c.n, c.m, c.r, INIT_SCALE, seed);
        z0 = toMatrix(f.z0);
        w0 = toMatrix(f.w0);
      } else {
        z0 = seededMatrix(c.n, c.r, `${seed}/Z0`, 0.3);
        w0 = seededMatrix(c.r, c.m, `${seed}/W0`, 0.3);
        start = { Z0: z0, W0: w0 };
      }
      const got = solve({
        Y: y,
        r: c.r,
        rule: c.rule === 'fa' ? fa : gd,
        eta: ETA,
        steps: STEPS,
        ...(c.rule === 'fa' ? { B: b } : {}),
        ...start,
      });
      const ref = referenceSolve(y, c.rule === 'fa' ? b : null, c.rule, ETA, STEPS, z0, w0);

      expect(got.reason, seed).toBe('steps');
      expect(got.steps, seed).toBe(STEPS);
      const lossTol = Math.max(1e-6 * ref.loss, 1e-12);
      expect(Math.abs(got.loss - ref.loss), `${seed}: loss ${got.loss} vs ${ref.loss}`).toBeLessThanOrEqual(
        lossTol,
      );
      const product = got.Z.mmul(got.W).to1DArray();
      expect(maxAbsDiff(product, ref.z.mmul(ref.w).to1DArray()), `${seed}: ZW`).toBeLessThanOrEqual(1e-7);
      expect([got.Z.rows, got.Z.columns, got.W.rows, got.W.columns]).toEqual([c.n, c.r, c.r, c.m]);
      const a = alignment(got.Z, b); // for GD too: the same Z, so the same cosine with any matrix
      expect(Math.abs(a - alignment(ref.z, b)), `${seed}: alignment ${a}`).toBeLessThanOrEqual(1e-6);
    });
  }
});

describe('solve is deterministic', () => {
  const y = seededLowRank(4, 3, 2, 'determinism/Y');
  const b = seededMatrix(4, 2, 'determinism/B', 0.5);
  const base = { Y: y, r: 2, eta: 0.1, steps: 40, traceEvery: 5 };

  for (const rule of [gd, fa]) {
    it(`${rule.name}: the same init seed gives identical output, a different seed a different one`, () => {
      const run = (seed: string): string =>
        toJson(solve({ ...base, rule, ...(rule === fa ? { B: b } : {}), init: { scale: 0.1, seed } }));
      const first = run('seed-1');
      expect(run('seed-1')).toBe(first);
      expect(first).not.toContain('null');
      expect(run('seed-2')).not.toBe(first);
    });
  }

  it('does not modify its input', () => {
    const input = {
      ...base,
      rule: fa,
      B: b,
      Z0: new Matrix([
        [0.1, 0],
        [0, 0.1],
        [0, 0],
        [0.2, 0],
      ]),
      W0: new Matrix([
        [0.1, 0.2, 0.3],
        [0, 0, 1],
      ]),
    };
    const matrices = (): number[][][] => [input.Y, input.B, input.Z0, input.W0].map((a) => a.to2DArray());
    const before = matrices();
    solve(input);
    expect(matrices()).toEqual(before);
  });

  it('gives, bit for bit, what the same case gives as a case file', () => {
    const Z0 = seededMatrix(4, 2, 'determinism/Z0', 0.1);
    const W0 = seededMatrix(2, 3, 'determinism/W0', 0.1);
    const options = { ...base, rule: fa, B: b, Z0, W0 };
    const file = {
      ...base,
      Y: y.to2DArray(),
      rule: 'fa',
      B: b.to2DArray(),
      Z0: Z0.to2DArray(),
      W0: W0.to2DArray(),
    };
    const got = solve(options);
    expect(got.steps).toBe(40);
    expect(toJson(got)).toBe(toJson(solveCaseFile(file)));
  });
});

describe('solve validates its input', () => {
  const good: SolveOptions = {
    Y: Matrix.eye(2),
    r: 1,
    rule: fa,
    eta: 0.1,
    steps: 3,
    B: new Matrix([[1], [0]]),
  };

  it.each([
    ['eta', { ...good, eta: 0 }],
    ['r', { ...good, r: 0 }],
    ['B', { ...good, B: Matrix.eye(2) }],
    ['Z0', { ...good, Z0: Matrix.eye(2), W0: new Matrix([[1, 0]]) }],
    ['W0', { ...good, Z0: new Matrix([[1], [0]]), W0: Matrix.eye(2) }],
    ['B', { ...good, B: null }],
    ['B', { ...good, B: [[1], [0]] as unknown as Matrix }],
    ['Y', { ...good, Y: Matrix.eye(2).to2DArray() as unknown as Matrix }],
    ['Y[0][1]', { ...good, Y: Matrix.eye(2).set(0, 1, Number.NaN) }],
    ['rule', { ...good, rule: 'fa' as unknown as typeof fa }],
    ['rule', { ...good, rule: { ...fa } }],
    ['case', { ...good, tolerance: 1 } as SolveOptions],
  ])('throws an InputError naming %s', (parameter, input) => {
    let error: unknown;
    try {
      solve(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).parameter).toBe(parameter);
    expect((error as InputError).message).not.toContain('\n');
  });

  it('refuses a rule given by name, or a copy of one, saying which rules there are', () => {
    const message =
      'rule: must be a registered rule object (gd, fa, kp, sign, mixed), not a name or a copy (got "fa")';
    expect(() => solve({ ...good, rule: 'fa' as unknown as typeof fa })).toThrow(message);
    expect(() => solve({ ...good, rule: { ...fa } })).toThrow(message);
  });

  it('says what is wrong with a shape in one line, with both shapes', () => {
    expect(() => solve({ ...good, B: Matrix.eye(2) })).toThrow(/^B: is 2 x 2, not 2 x 1 \(n x r\)$/);
    expect(() => solve({ ...good, Z0: new Matrix([[1], [0]]), W0: Matrix.eye(2) })).toThrow(
      /^W0: is 2 x 2, not 1 x 2 \(r x m\)$/,
    );
  });
});

describe('solve: defaults of the until mode', () => {
  // Y = diag(3, 1): ||Y||_F^2 = 10, L*(1) = 1.
  const y = Matrix.diag([3, 1]);

  it("stops at the optimal loss by default ('optimal' target), also when it is not 0", () => {
    const res = solve({
      Y: y,
      r: 1,
      rule: gd,
      eta: 0.05,
      init: { scale: 0.1, seed: 'default-target' },
      maxSteps: 20000,
    });
    expect(res.reason).toBe('target');
    expect(res.loss - 1).toBeLessThanOrEqual(1e-10 * 10);
  });

  it('measures tol relative to ||Y||_F^2: it stops at loss <= tol ||Y||_F^2, not tol / ||Y||_F^2', () => {
    const res = solve({
      Y: y,
      r: 2,
      rule: fa,
      eta: 0.1,
      B: new Matrix([
        [1, 0.2],
        [0.1, 1],
      ]),
      maxSteps: 20000,
      tol: 1e-3,
    });
    expect(res.reason).toBe('target');
    expect(res.loss).toBeLessThanOrEqual(1e-3 * 10);
    expect(res.loss).toBeGreaterThan(1e-3 / 10); // the step before was above 1e-2, and steps shrink it by < 100x
  });

  it('bounds divergence by divergenceFactor times max(||Y||_F^2, initial loss)', () => {
    // From Z0 W0 = -Y the initial loss is 4 ||Y||^2 = 40; GD with a small step only lowers it.
    const res = solve({
      Y: y,
      r: 2,
      rule: gd,
      eta: 0.001,
      Z0: Matrix.diag([-Math.sqrt(3), -1]),
      W0: Matrix.diag([Math.sqrt(3), 1]),
      steps: 50,
      divergenceFactor: 1.5,
    });
    expect(res.reason).toBe('steps');
    expect(res.loss).toBeLessThanOrEqual(40);
  });

  it('has no trace field unless a trace was asked for', () => {
    expect('trace' in solve({ Y: y, r: 1, rule: fa, eta: 0.1, B: new Matrix([[1], [0]]), steps: 2 })).toBe(
      false,
    );
  });
});

describe('solve of a long GD run on a full-rank target', () => {
  it('runs in the singular bases and takes optimalLoss from that same SVD, without returning it', () => {
    const y = seededLowRank(40, 30, 3, 'solve/singular/L').add(
      seededMatrix(40, 30, 'solve/singular/G', 0.01),
    );
    const z0 = seededMatrix(40, 16, 'solve/singular/Z0', 1e-2);
    const w0 = seededMatrix(16, 30, 'solve/singular/W0', 1e-2);
    const res = solve({
      Y: y,
      r: 16,
      rule: gd,
      eta: 0.2,
      Z0: z0,
      W0: w0,
      steps: 400,
    });
    expect(res.subspace?.kind).toBe('singular');
    expect('spectrum' in res).toBe(false);
    const direct = optimalLoss(y, 16);
    expect(direct).toBeGreaterThan(0);
    expect(Math.abs(res.optimalLoss - direct)).toBeLessThanOrEqual(1e-15 * y.norm('frobenius') ** 2);
  });
});
