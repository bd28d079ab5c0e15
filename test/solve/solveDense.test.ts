import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense } from '../../src/linalg/Dense.js';
import { ruleRegistry } from '../../src/rules/ruleRegistry.js';
import { solveDense, type SolveResult } from '../../src/solve/solveDense.js';
import type { LoopStopping } from '../../src/solve/solveLoop.js';
import { maxAbs, maxAbsDiff, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

type Init = 'zero' | 'random';

// [n, m, k = rank Y, r, rule, init, expected reduced sides]: FA in the feedback subspaces
// (C = col(Z0) + col(Y V_R), R = row(W0) + row(B^T Y): r x min(r, k) from zero, here inside the range
// ones), GD in span[Z0, col Y] x span[W0^T, row Y].
const CASES: ReadonlyArray<readonly [number, number, number, number, 'gd' | 'fa', Init, [number, number]]> = [
  [40, 30, 3, 2, 'fa', 'zero', [2, 2]],
  [40, 30, 3, 5, 'fa', 'random', [8, 8]],
  [30, 40, 4, 4, 'gd', 'random', [8, 8]],
  [24, 24, 2, 3, 'fa', 'zero', [2, 2]],
  [20, 6, 2, 2, 'fa', 'random', [4, 4]],
];

function run(
  y: Matrix,
  b: Matrix | null,
  z0: Matrix | null,
  w0: Matrix | null,
  rule: 'gd' | 'fa',
  r: number,
  stopping: LoopStopping,
  reduce: boolean,
): SolveResult {
  return solveDense({
    y: toDense(y),
    r,
    rule: ruleRegistry[rule],
    eta: 0.2,
    b: b === null ? null : toDense(b),
    z0: z0 === null ? null : toDense(z0),
    w0: w0 === null ? null : toDense(w0),
    stopping,
    divergenceFactor: 1e6,
    traceEvery: 50,
    reduce,
  });
}

describe('solveDense in subspace coordinates (reduce) is the same run as on the full matrices', () => {
  for (const [n, m, k, r, rule, init, sides] of CASES) {
    const name = `${rule}/${init}/Y${n}x${m}/k${k}/r${r}`;
    it(`${name}: loss, ZW, trace agree to 1e-10; iterates in a ${sides[0]} x ${sides[1]} subspace`, () => {
      const y = seededLowRank(n, m, k, `dense/${name}/Y`);
      const b = rule === 'fa' ? seededMatrix(n, r, `dense/${name}/B`, 1 / Math.sqrt(n)) : null;
      const z0 = init === 'zero' ? null : seededMatrix(n, r, `dense/${name}/Z0`, 0.1);
      const w0 = init === 'zero' ? null : seededMatrix(r, m, `dense/${name}/W0`, 0.1);
      const stopping: LoopStopping = { kind: 'steps', steps: 600 };
      const full = run(y, b, z0, w0, rule, r, stopping, false);
      const reduced = run(y, b, z0, w0, rule, r, stopping, true);
      expect(full.subspace).toBeUndefined();
      expect(reduced.subspace).toEqual({
        rows: sides[0],
        cols: sides[1],
        kind: rule === 'fa' ? 'feedback' : 'range',
      });
      expect([reduced.reason, reduced.steps]).toEqual([full.reason, full.steps]);
      expect([reduced.Z.rows, reduced.Z.columns, reduced.W.rows, reduced.W.columns]).toEqual([n, r, r, m]);
      // Rounding differs between the two runs by ~1e-15 in Z W, so the losses differ by ~2 ||E|| 1e-15.
      const lossTol = 1e-10 * full.loss + 1e-12 * Math.sqrt(full.loss) + 1e-26;
      expect(Math.abs(reduced.loss - full.loss), name).toBeLessThanOrEqual(lossTol);
      const product = reduced.Z.mmul(reduced.W).to1DArray();
      expect(maxAbsDiff(product, full.Z.mmul(full.W).to1DArray()), name).toBeLessThanOrEqual(1e-10);
      expect(maxAbsDiff(reduced.Z.to1DArray(), full.Z.to1DArray()), name).toBeLessThanOrEqual(1e-10);
      const [ft, rt] = [full.trace, reduced.trace];
      expect(ft).toBeDefined();
      expect(rt).toBeDefined();
      if (ft === undefined || rt === undefined) return;
      expect(Array.from(rt.step)).toEqual(Array.from(ft.step));
      expect(maxAbsDiff(rt.loss, ft.loss), name).toBeLessThanOrEqual(1e-10);
      expect(maxAbsDiff(rt.alignment, ft.alignment), name).toBeLessThanOrEqual(1e-10);
      expect(rt.loss[rt.loss.length - 1]).toBe(reduced.loss);
    });
  }

  it('stops early at the same step and for the same reason (target, stationary)', () => {
    const y = seededLowRank(30, 20, 2, 'dense/until/Y');
    const b = seededMatrix(30, 2, 'dense/until/B', 1 / Math.sqrt(30));
    for (const targetLoss of [1e-8, -Infinity]) {
      const stopping: LoopStopping = { kind: 'until', maxSteps: 20_000, targetLoss, stationaryTol: 1e-9 };
      const full = run(y, b, null, null, 'fa', 2, stopping, false);
      const reduced = run(y, b, null, null, 'fa', 2, stopping, true);
      expect(reduced.subspace).toEqual({ rows: 2, cols: 2, kind: 'feedback' });
      expect(full.reason).toBe(targetLoss > 0 ? 'target' : 'stationary');
      expect(reduced.reason).toBe(full.reason);
      expect(Math.abs(reduced.steps - full.steps)).toBeLessThanOrEqual(1);
    }
  });

  it('stays on the full matrices for runs under 16 steps, or when the target would not halve', () => {
    const y = seededLowRank(40, 30, 3, 'dense/short/Y');
    const b = seededMatrix(40, 2, 'dense/short/B', 1 / Math.sqrt(40));
    expect(run(y, b, null, null, 'fa', 2, { kind: 'steps', steps: 15 }, true).subspace).toBeUndefined();
    expect(run(y, b, null, null, 'fa', 2, { kind: 'steps', steps: 16 }, true).subspace).toEqual({
      rows: 2,
      cols: 2,
      kind: 'feedback',
    });
    // Square and full rank: FA from zero reduces to r x r (2 x 2 of 4 x 4); from a random start its
    // subspaces are everything (row(W0) + row(B^T Y) is 4-dimensional), so it stays on the full ones.
    const square = seededMatrix(4, 4, 'dense/fullrank/Y');
    const b4 = seededMatrix(4, 2, 'dense/fullrank/B', 0.4);
    const z4 = seededMatrix(4, 2, 'dense/fullrank/Z0', 0.1);
    const w4 = seededMatrix(2, 4, 'dense/fullrank/W0', 0.1);
    const steps: LoopStopping = { kind: 'steps', steps: 20 };
    expect(run(square, b4, null, null, 'fa', 2, steps, true).subspace).toEqual({
      rows: 2,
      cols: 2,
      kind: 'feedback',
    });
    expect(run(square, b4, z4, w4, 'fa', 2, steps, true).subspace).toBeUndefined();
    // GD (the range reduction), tall and full rank from a random start: 5 x 4 of 5 x 4 would not
    // halve it; span[Z0, col Y] x row Y = 5 x 3 of 12 x 3 does.
    const tall = seededMatrix(5, 4, 'dense/tall/Y');
    const [z5, w5] = [seededMatrix(5, 2, 'dense/tall/Z0', 0.1), seededMatrix(2, 4, 'dense/tall/W0', 0.1)];
    expect(run(tall, null, z5, w5, 'gd', 2, steps, true).subspace).toBeUndefined();
    const taller = seededMatrix(12, 3, 'dense/taller/Y');
    const z12 = seededMatrix(12, 2, 'dense/taller/Z0', 0.1);
    const w12 = seededMatrix(2, 3, 'dense/taller/W0', 0.1);
    expect(run(taller, null, z12, w12, 'gd', 2, steps, true).subspace).toEqual({
      rows: 5,
      cols: 3,
      kind: 'range',
    });
  });
});

describe('solveDense on the JavaScript and the WebAssembly kernels', () => {
  // [n, m, k, r, rule, reduce]: Gram form with Y W^T carried (FA), Gram form (GD), residual form.
  const CASES = [
    [30, 20, 20, 4, 'fa', false],
    [30, 20, 20, 4, 'gd', false],
    [9, 7, 7, 8, 'fa', false],
    [40, 30, 3, 3, 'fa', true],
  ] as const;
  for (const [n, m, k, r, rule, reduce] of CASES) {
    const name = `${rule}/Y${n}x${m}/k${k}/r${r}/${reduce ? 'reduced' : 'direct'}`;
    it(`${name}: the same run to rounding`, () => {
      const y = seededLowRank(n, m, k, `kernels/${name}/Y`);
      const b = rule === 'fa' ? seededMatrix(n, r, `kernels/${name}/B`, 1 / Math.sqrt(n)) : null;
      const z0 = seededMatrix(n, r, `kernels/${name}/Z0`, 0.1);
      const w0 = seededMatrix(r, m, `kernels/${name}/W0`, 0.1);
      const runWith = (kernels: 'js' | 'wasm'): SolveResult =>
        solveDense({
          y: toDense(y),
          r,
          rule: ruleRegistry[rule],
          eta: 0.2,
          b: b === null ? null : toDense(b),
          z0: toDense(z0),
          w0: toDense(w0),
          stopping: { kind: 'steps', steps: 500 },
          divergenceFactor: 1e6,
          traceEvery: 0,
          reduce,
          kernels,
        });
      const js = runWith('js');
      const wasm = runWith('wasm');
      expect([wasm.reason, wasm.steps]).toEqual([js.reason, js.steps]);
      const lossTol = 1e-10 * js.loss + 1e-12 * Math.sqrt(js.loss) + 1e-26;
      expect(Math.abs(wasm.loss - js.loss), name).toBeLessThanOrEqual(lossTol);
      expect(
        maxAbsDiff(wasm.Z.mmul(wasm.W).to1DArray(), js.Z.mmul(js.W).to1DArray()),
        name,
      ).toBeLessThanOrEqual(1e-10);
    });
  }
});

describe('solveDense kernels: auto', () => {
  it('takes WebAssembly from steps n m r >= 2^20 with n m r >= 256, else JavaScript', () => {
    const y = seededMatrix(16, 16, 'auto/Y'); // not reduced: the loop runs at 16 x 16 x 2
    const b = seededMatrix(16, 2, 'auto/B', 0.25);
    const at = (steps: number): SolveResult =>
      solveDense({
        y: toDense(y),
        r: 2,
        rule: ruleRegistry.fa,
        eta: 0.01,
        b: toDense(b),
        z0: null,
        w0: null,
        stopping: { kind: 'steps', steps },
        divergenceFactor: 1e6,
        traceEvery: 0,
        reduce: false,
      });
    expect(at(2047).kernels).toBe('js'); // 2047 * 512 < 2^20
    expect(at(2048).kernels).toBe('wasm');
    // 8 x 8 x 3 = 192 multiply-adds per product: JavaScript however long the run.
    const small = solveDense({
      y: toDense(seededMatrix(8, 8, 'auto/small/Y')),
      r: 3,
      rule: ruleRegistry.fa,
      eta: 0.01,
      b: toDense(seededMatrix(8, 3, 'auto/small/B', 0.3)),
      z0: null,
      w0: null,
      stopping: { kind: 'steps', steps: 10_000 },
      divergenceFactor: 1e6,
      traceEvery: 0,
      reduce: false,
    });
    expect(small.kernels).toBe('js');
  });
});

describe('solveDense edges of the reduction and the kernel choice', () => {
  const base = {
    rule: ruleRegistry.fa,
    eta: 0.1,
    divergenceFactor: 1e6,
    traceEvery: 0,
    reduce: true,
  } as const;

  it('a zero target from zero has an empty subspace: the run stays on the full matrices, at zero', () => {
    const res = solveDense({
      ...base,
      y: toDense(new Matrix(4, 3)),
      r: 2,
      b: toDense(seededMatrix(4, 2, 'edge/zero/B', 0.5)),
      z0: null,
      w0: null,
      stopping: { kind: 'steps', steps: 100 },
    });
    expect('subspace' in res).toBe(false);
    expect(res.loss).toBe(0);
    expect(maxAbs(res.Z.to1DArray())).toBe(0);
  });

  it('reduces a target exactly halved (4 x 2 of rank 2, r = 2 from zero: 2 x 2 = 8 / 2)', () => {
    const res = solveDense({
      ...base,
      y: toDense(seededMatrix(4, 2, 'edge/half/Y')),
      r: 2,
      b: toDense(seededMatrix(4, 2, 'edge/half/B', 0.5)),
      z0: null,
      w0: null,
      stopping: { kind: 'steps', steps: 100 },
    });
    expect(res.subspace).toEqual({ rows: 2, cols: 2, kind: 'feedback' });
  });

  it('a run stopped at step 0 in a subspace ends its trace on the full, direct loss', () => {
    const u = seededMatrix(4, 1, 'edge/zero-step/u');
    const v = seededMatrix(1, 3, 'edge/zero-step/v');
    const res = solveDense({
      ...base,
      traceEvery: 5,
      y: toDense(u.mmul(v)),
      r: 1,
      b: toDense(seededMatrix(4, 1, 'edge/zero-step/B', 0.5)),
      z0: toDense(u),
      w0: toDense(v),
      stopping: { kind: 'until', maxSteps: 100, targetLoss: 1e-20, stationaryTol: 0 },
    });
    expect(res.subspace).toEqual({ rows: 1, cols: 1, kind: 'feedback' });
    expect([res.reason, res.steps]).toEqual(['target', 0]);
    expect(Array.from(res.trace?.loss ?? [])).toEqual([res.loss]);
  });

  it('measures divergence against max(||Y||^2, initial loss), not the initial loss alone', () => {
    // From loss 0.01 one GD step with eta 1 overshoots to 0.0121: above 1.1 x 0.01, below 1.1 ||Y||^2.
    const res = solveDense({
      ...base,
      rule: ruleRegistry.gd,
      eta: 1,
      divergenceFactor: 1.1,
      y: toDense(new Matrix([[1]])),
      r: 1,
      b: null,
      z0: toDense(new Matrix([[1.1]])),
      w0: toDense(new Matrix([[1]])),
      stopping: { kind: 'steps', steps: 1 },
    });
    expect(res.reason).toBe('steps');
    expect(Math.abs(res.loss - 0.0121)).toBeLessThanOrEqual(1e-14);
  });

  it('keeps an explicit choice of kernels, and takes WebAssembly from n m r = 256 exactly', () => {
    const run = (n: number, r: number, steps: number, kernels?: 'js' | 'wasm'): SolveResult =>
      solveDense({
        ...base,
        reduce: false,
        y: toDense(seededMatrix(n, n, `edge/kernels/${n}/Y`)),
        r,
        b: toDense(seededMatrix(n, r, `edge/kernels/${n}/B`, 0.1)),
        z0: null,
        w0: null,
        stopping: { kind: 'steps', steps },
        kernels,
      });
    expect(run(2, 1, 3, 'wasm').kernels).toBe('wasm');
    expect(run(8, 4, 5000, 'js').kernels).toBe('js');
    expect(run(8, 4, 4096).kernels).toBe('wasm'); // 8 x 8 x 4 = 256, 4096 x 256 = 2^20
    expect(run(8, 4, 4095).kernels).toBe('js');
  });
});

describe('solveDense onStep', () => {
  it('shows every iterate the loop updates, in order, from the start to the one before the returned one', () => {
    const y = seededMatrix(5, 4, 'on-step Y');
    const b = seededMatrix(5, 2, 'on-step B');
    const seen: { t: number; z: number[]; w: number[] }[] = [];
    const options = {
      y: toDense(y),
      r: 2,
      rule: ruleRegistry.fa,
      eta: 0.1,
      b: toDense(b),
      z0: null,
      w0: null,
      divergenceFactor: 1e6,
      traceEvery: 0,
      reduce: false,
    } as const;
    const run = solveDense({
      ...options,
      stopping: { kind: 'steps', steps: 6 },
      onStep: (t, z, w) => seen.push({ t, z: [...z], w: [...w] }),
    });
    expect(seen.map((s) => s.t)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(maxAbs([...seen[0].z, ...seen[0].w])).toBe(0); // from zero
    // One step from each iterate seen gives the next one, and from the last the returned factors.
    const next = [
      ...seen.slice(1).map((s) => [...s.z, ...s.w]),
      [...run.Z.to1DArray(), ...run.W.to1DArray()],
    ];
    for (let i = 0; i < seen.length; i++) {
      const one = solveDense({
        ...options,
        z0: toDense(Matrix.from1DArray(5, 2, seen[i].z)),
        w0: toDense(Matrix.from1DArray(2, 4, seen[i].w)),
        stopping: { kind: 'steps', steps: 1 },
      });
      expect(maxAbsDiff([...one.Z.to1DArray(), ...one.W.to1DArray()], next[i])).toBeLessThanOrEqual(1e-14);
    }
  });
});
