import type { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createKernelArena, type KernelArena } from '../../src/kernels/createKernelArena.js';
import { jsKernels } from '../../src/kernels/jsKernels.js';
import { toDense } from '../../src/linalg/Dense.js';
import { expectEntriesClose } from '../_support/expectEntriesClose.js';
import { seededMatrix } from '../_support/seededMatrix.js';

// [p, q, s]: odd and even sides, sides below and above the SIMD widths (2 lanes, blocks of 4 x 2 and
// 2 x 8; every remainder of those blocks is in wasmBlocking.test.ts).
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [1, 5, 1],
  [2, 3, 5],
  [5, 3, 2],
  [4, 4, 4],
  [7, 1, 6],
  [6, 7, 3],
  [3, 8, 9],
  [9, 16, 13],
  [16, 33, 8],
];

/** `m` copied into the arena, with a guard entry of 7 after it. */
function place(arena: KernelArena, m: Matrix): Float64Array {
  const data = toDense(m).data;
  const out = arena.alloc(data.length);
  out.set(data);
  arena.alloc(1).fill(7);
  return out;
}

/** An output of `length` entries filled with NaN, and a guard of 7 after it. */
function output(arena: KernelArena, length: number): { c: Float64Array; guard: Float64Array } {
  const c = arena.alloc(length).fill(Number.NaN);
  const guard = arena.alloc(2).fill(7);
  return { c, guard };
}

describe('WebAssembly SIMD kernels match ml-matrix', () => {
  for (const [p, q, s] of SHAPES) {
    const seed = `wasm/${p}x${q}x${s}`;
    it(`gemmNN, gemmNT, gemmTN, syrkNT at ${p} x ${q} x ${s}`, () => {
      const arena = createKernelArena(8 * (p * q + q * s + p * s + p * p) + 64, 'wasm');
      const k = arena.kernels;
      expect(k.name).toBe('wasm');
      const a = seededMatrix(p, q, `${seed}/A`);
      const bNN = seededMatrix(q, s, `${seed}/Bnn`);
      const bNT = seededMatrix(s, q, `${seed}/Bnt`);
      const aTN = seededMatrix(q, p, `${seed}/Atn`);

      let out = output(arena, p * s);
      k.gemmNN(place(arena, a), place(arena, bNN), out.c, p, q, s);
      expectEntriesClose(out.c, a.mmul(bNN).to1DArray(), p * s, `${seed} NN`);
      expect(Array.from(out.guard)).toEqual([7, 7]);

      out = output(arena, p * s);
      k.gemmNT(place(arena, a), place(arena, bNT), out.c, p, q, s);
      expectEntriesClose(out.c, a.mmul(bNT.transpose()).to1DArray(), p * s, `${seed} NT`);
      expect(Array.from(out.guard)).toEqual([7, 7]);

      out = output(arena, p * s);
      k.gemmTN(place(arena, aTN), place(arena, bNN), out.c, p, q, s);
      expectEntriesClose(out.c, aTN.transpose().mmul(bNN).to1DArray(), p * s, `${seed} TN`);
      expect(Array.from(out.guard)).toEqual([7, 7]);

      out = output(arena, p * p);
      k.syrkNT(place(arena, a), out.c, p, q);
      expectEntriesClose(out.c, a.mmul(a.transpose()).to1DArray(), p * p, `${seed} syrk`);
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) expect(out.c[i * p + j]).toBe(out.c[j * p + i]);
      expect(Array.from(out.guard)).toEqual([7, 7]);
    });
  }

  it('gemmNN skips zero entries of A, so a zero A gives exact zeros even against Infinity in B', () => {
    const arena = createKernelArena(64, 'wasm');
    const a = arena.alloc(6); // 3 x 2 of zeros
    const b = arena.alloc(10).fill(Number.POSITIVE_INFINITY); // 2 x 5
    const c = arena.alloc(15).fill(Number.NaN);
    arena.kernels.gemmNN(a, b, c, 3, 2, 5);
    expect(Array.from(c)).toEqual(new Array(15).fill(0));
  });

  it('refuses arrays outside its memory, naming the cause', () => {
    const arena = createKernelArena(16, 'wasm');
    const inside = arena.alloc(4);
    const outside = new Float64Array(4);
    expect(() => arena.kernels.gemmNT(inside, outside, arena.alloc(4), 2, 2, 2)).toThrow(
      /outside their memory/,
    );
    expect(() => arena.kernels.syrkNT(outside, inside, 2, 2)).toThrow(/outside their memory/);
  });

  it('checks each array once, and still refuses a view of another arena it has seen before', () => {
    const one = createKernelArena(16, 'wasm');
    const other = createKernelArena(16, 'wasm');
    const a = one.alloc(4);
    a.set([1, 2, 3, 4]);
    const c = one.alloc(4);
    one.kernels.syrkNT(a, c, 2, 2); // checked and tagged by one's kernels
    one.kernels.syrkNT(a, c, 2, 2); // the tags: the same product
    expect(Array.from(c)).toEqual([5, 11, 11, 25]);
    // a carries one's tags: other's kernels must not take them for their own.
    expect(() => other.kernels.syrkNT(a, other.alloc(4), 2, 2)).toThrow(/outside their memory/);
    const mine = other.alloc(4);
    other.kernels.dotInto(mine, mine, 4, other.alloc(1), 0);
    expect(() => one.kernels.axpy(mine, 0, a, c, 4)).toThrow(/outside their memory/);
  });
});

describe('WebAssembly dotInto and axpy are the JavaScript ones bit for bit', () => {
  // axpy takes 8 entries at a time, then 2, then 1: each alone and mixed (15 = 8 + 2 + 2 + 2 + 1).
  for (const len of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 33, 2048]) {
    it(`len = ${len}`, () => {
      const arena = createKernelArena(4 * len + 12, 'wasm');
      const a = arena.alloc(len + 1);
      const b = arena.alloc(len + 1);
      const seedA = seededMatrix(1, len + 1, `wasm/vec/${len}/a`).to1DArray();
      const seedB = seededMatrix(1, len + 1, `wasm/vec/${len}/b`).to1DArray();
      a.set(seedA);
      b.set(seedB);
      const sums = arena.alloc(2);
      arena.kernels.dotInto(a, b, len, sums, 1);
      const jsSum = new Float64Array(1);
      jsKernels.dotInto(Float64Array.from(seedA), Float64Array.from(seedB), len, jsSum, 0);
      expect(sums[1]).toBe(jsSum[0]);
      expect(sums[0]).toBe(0);
      const y = Float64Array.from(seedB);
      jsKernels.axpy(Float64Array.from([-0.37]), 0, Float64Array.from(seedA), y, len);
      const alpha = arena.alloc(2);
      alpha[1] = -0.37;
      arena.kernels.axpy(alpha, 1, a, b, len);
      expect(Array.from(b)).toEqual(Array.from(y)); // including the entry past len, untouched
    });
  }
});

describe('createKernelArena', () => {
  it('hands out zeroed, disjoint views and refuses to go past its capacity', () => {
    const arena = createKernelArena(10, 'wasm');
    const x = arena.alloc(4);
    const y = arena.alloc(6);
    expect(Array.from(x)).toEqual([0, 0, 0, 0]);
    x.fill(1);
    expect(Array.from(y)).toEqual(new Array(6).fill(0));
    expect(() => arena.alloc(1)).toThrow(/11 doubles > 10/);
  });

  it('js: plain arrays and the JavaScript kernels', () => {
    const arena = createKernelArena(4, 'js');
    expect(arena.kernels).toBe(jsKernels);
    expect(arena.alloc(3)).toBeInstanceOf(Float64Array);
  });
});
