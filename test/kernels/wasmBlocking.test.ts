import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createKernelArena, type KernelArena } from '../../src/kernels/createKernelArena.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';

// The register blocks of wasm/kernels.ts and every remainder of them: gemmNT and syrkNT take panels
// of 4 rows (then 2, then 1) in blocks of 2 columns (then 1), two entries of k at a time (then an odd
// last one); gemmNN and gemmTN take panels of 2 rows (then 1) in blocks of 8 columns (then 4, 2, 1).
// Sides 1..8 hit each remainder alone and together (7 = 4 + 2 + 1 rows, 4 + 2 + 1 columns), 15 = 8 +
// 4 + 2 + 1, 17 and 33 whole blocks and a remainder.
const SIDES = [1, 2, 3, 5, 6, 7, 8, 15, 17, 33] as const;

/** The tolerance of expectEntriesClose: `1e-12 (1 + |expected|)`. */
const RELATIVE = 1e-12;

/**
 * The largest `|actual[i] - expected[i]| / (1e-12 (1 + |expected[i]|))` over `count` entries: at most
 * 1 when every entry is within the tolerance of the other kernel tests; NaN when any entry is NaN, and
 * Infinity for an infinite one, so a bound on it fails.
 */
function worstScaledError(actual: ArrayLike<number>, expected: ArrayLike<number>, count: number): number {
  let worst = 0;
  for (let i = 0; i < count; i++) {
    const e = Math.abs(actual[i] - expected[i]) / (RELATIVE * (1 + Math.abs(expected[i])));
    if (Number.isNaN(e)) return Number.NaN;
    worst = Math.max(worst, e);
  }
  return worst;
}

/** `data` copied into the arena, one entry of guard (7) after it. */
function place(arena: KernelArena, data: ArrayLike<number>): Float64Array {
  const out = arena.alloc(data.length);
  out.set(data);
  arena.alloc(1).fill(7);
  return out;
}

/** An output of `length` NaNs in the arena, and the two guard entries (7) after it. */
function output(arena: KernelArena, length: number): { c: Float64Array; guard: Float64Array } {
  return { c: arena.alloc(length).fill(Number.NaN), guard: arena.alloc(2).fill(7) };
}

/** Doubles the products of one `p` need in the arena, over all `q`, `s` of SIDES. */
function capacity(p: number): number {
  let total = 64;
  for (const q of SIDES) for (const s of SIDES) total += 2 * p * q + 2 * q * s + 3 * p * s + p * p + 20;
  return total;
}

describe('WebAssembly kernels: every register block and remainder matches ml-matrix', () => {
  for (const p of SIDES) {
    it(`gemmNN, gemmNT, gemmTN, syrkNT with p = ${p}, every q and s of ${SIDES.join(', ')}`, () => {
      const arena = createKernelArena(capacity(p), 'wasm');
      const k = arena.kernels;
      for (const q of SIDES) {
        const seed = `wasmBlocking/${p}x${q}`;
        const a = seededMatrix(p, q, `${seed}/A`);
        const aIn = place(arena, toDense(a).data);
        const aT = place(arena, toDense(a.transpose()).data); // q x p, for gemmTN
        for (const s of SIDES) {
          const label = `${p} x ${q} x ${s}`;
          const bNN = seededMatrix(q, s, `${seed}x${s}/Bnn`);
          const bNT = seededMatrix(s, q, `${seed}x${s}/Bnt`);
          const bNNIn = place(arena, toDense(bNN).data);
          const expectedNN = a.mmul(bNN).to1DArray();

          let out = output(arena, p * s);
          k.gemmNN(aIn, bNNIn, out.c, p, q, s);
          expect(worstScaledError(out.c, expectedNN, p * s), `${label} NN`).toBeLessThanOrEqual(1);
          expect(Array.from(out.guard), `${label} NN guard`).toEqual([7, 7]);

          out = output(arena, p * s);
          k.gemmTN(aT, bNNIn, out.c, p, q, s);
          expect(worstScaledError(out.c, expectedNN, p * s), `${label} TN`).toBeLessThanOrEqual(1);
          expect(Array.from(out.guard), `${label} TN guard`).toEqual([7, 7]);

          out = output(arena, p * s);
          k.gemmNT(aIn, place(arena, toDense(bNT).data), out.c, p, q, s);
          const expectedNT = a.mmul(bNT.transpose()).to1DArray();
          expect(worstScaledError(out.c, expectedNT, p * s), `${label} NT`).toBeLessThanOrEqual(1);
          expect(Array.from(out.guard), `${label} NT guard`).toEqual([7, 7]);
        }
        const gram = output(arena, p * p);
        k.syrkNT(aIn, gram.c, p, q);
        const expectedGram = a.mmul(a.transpose()).to1DArray();
        expect(worstScaledError(gram.c, expectedGram, p * p), `${p} x ${q} syrk`).toBeLessThanOrEqual(1);
        expect(Array.from(gram.guard), `${p} x ${q} syrk guard`).toEqual([7, 7]);
        // Symmetric bit for bit, and the very sums of gemmNT(A, A): only the blocks taken differ.
        const full = output(arena, p * p);
        k.gemmNT(aIn, aIn, full.c, p, q, p);
        for (let i = 0; i < p; i++) {
          for (let j = 0; j < p; j++) {
            expect(Object.is(gram.c[i * p + j], gram.c[j * p + i]), `${p} x ${q} syrk (${i}, ${j})`).toBe(
              true,
            );
          }
        }
        expect(Array.from(gram.c), `${p} x ${q} syrk = gemmNT(A, A)`).toEqual(Array.from(full.c));
      }
    });
  }
});

/** Column `j` of the row-major `rows x cols` `m`, in the arena. */
function column(arena: KernelArena, m: Float64Array, rows: number, cols: number, j: number): Float64Array {
  const out = arena.alloc(rows);
  for (let i = 0; i < rows; i++) out[i] = m[i * cols + j];
  return out;
}

/** `m` (`rows x cols`) with zeros (of both signs) scattered in, so that some rows of A have zero entries. */
function withZeros(m: Matrix): Matrix {
  const out = m.clone();
  for (let i = 0; i < out.rows; i++) {
    for (let j = 0; j < out.columns; j++) if ((3 * i + 5 * j) % 7 === 0) out.set(i, j, i % 2 === 0 ? 0 : -0);
  }
  return out;
}

// [p, q, s]: several blocks and remainders in both directions.
const WHOLE_SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [7, 5, 15],
  [17, 33, 7],
  [33, 16, 17],
  [6, 1, 33],
];

describe('WebAssembly kernels: the block an entry falls in never changes its bits', () => {
  for (const [p, q, s] of WHOLE_SHAPES) {
    it(`${p} x ${q} x ${s}: the whole product is its rows (p = 1) and its columns (s = 1) one by one`, () => {
      const arena = createKernelArena(8 * (p * q + q * s + p * s) + 16 * (p + q + s) + 64, 'wasm');
      const k = arena.kernels;
      const seed = `wasmBlocking/whole/${p}x${q}x${s}`;
      const a = place(arena, toDense(withZeros(seededMatrix(p, q, `${seed}/A`))).data);
      const aT = place(arena, toDense(withZeros(seededMatrix(q, p, `${seed}/At`))).data);
      const bNN = place(arena, toDense(seededMatrix(q, s, `${seed}/Bnn`)).data);
      const bNT = place(arena, toDense(seededMatrix(s, q, `${seed}/Bnt`)).data);
      const products = {
        NN: (c: Float64Array) => k.gemmNN(a, bNN, c, p, q, s),
        NT: (c: Float64Array) => k.gemmNT(a, bNT, c, p, q, s),
        TN: (c: Float64Array) => k.gemmTN(aT, bNN, c, p, q, s),
      };
      const whole = {} as Record<keyof typeof products, Float64Array>;
      for (const name of ['NN', 'NT', 'TN'] as const) {
        whole[name] = arena.alloc(p * s);
        products[name](whole[name]);
        expect(whole[name].every(Number.isFinite), `${name} finite`).toBe(true);
        const again = arena.alloc(p * s + 1).subarray(1); // the same product, at another alignment
        products[name](again);
        expect(Array.from(again), `${name} twice`).toEqual(Array.from(whole[name]));
      }
      const one = arena.alloc(Math.max(p, s));
      for (let i = 0; i < p; i++) {
        const row = (m: Float64Array) => Array.from(m.subarray(i * s, (i + 1) * s));
        k.gemmNN(a.subarray(i * q, (i + 1) * q), bNN, one, 1, q, s);
        expect(Array.from(one.subarray(0, s)), `NN row ${i}`).toEqual(row(whole.NN));
        k.gemmNT(a.subarray(i * q, (i + 1) * q), bNT, one, 1, q, s);
        expect(Array.from(one.subarray(0, s)), `NT row ${i}`).toEqual(row(whole.NT));
        k.gemmTN(column(arena, aT, q, p, i), bNN, one, 1, q, s);
        expect(Array.from(one.subarray(0, s)), `TN row ${i}`).toEqual(row(whole.TN));
      }
      for (let j = 0; j < s; j++) {
        const col = (m: Float64Array) => Array.from({ length: p }, (_, i) => m[i * s + j]);
        const bj = column(arena, bNN, q, s, j);
        k.gemmNN(a, bj, one, p, q, 1);
        expect(Array.from(one.subarray(0, p)), `NN column ${j}`).toEqual(col(whole.NN));
        k.gemmNT(a, bNT.subarray(j * q, (j + 1) * q), one, p, q, 1);
        expect(Array.from(one.subarray(0, p)), `NT column ${j}`).toEqual(col(whole.NT));
        k.gemmTN(aT, bj, one, p, q, 1);
        expect(Array.from(one.subarray(0, p)), `TN column ${j}`).toEqual(col(whole.TN));
      }
    });
  }
});

// [p, zero entries of A as [row or -1 for every row, k], rows of B made non-finite, rows of C that
// must come out finite]: q = 7 and s = 15 (blocks of 8, 4, 2 and 1 columns).
const SKIP_CASES: ReadonlyArray<{
  p: number;
  zeros: ReadonlyArray<readonly [number, number]>;
  bad: ReadonlyArray<readonly [number, number]>;
  finite: readonly number[];
}> = [
  // Panels of rows 0-1, 2-3 and 4: k = 2 zero in every row, k = 4 in the first panel only.
  {
    p: 5,
    zeros: [
      [-1, 2],
      [0, 4],
      [1, 4],
    ],
    bad: [
      [2, Infinity],
      [4, -Infinity],
    ],
    finite: [0, 1],
  },
  // Panels of rows 0-1 and 2: k = 5 zero in the last, one-row panel only.
  {
    p: 3,
    zeros: [
      [-1, 2],
      [2, 5],
    ],
    bad: [
      [2, Infinity],
      [5, Number.NaN],
    ],
    finite: [2],
  },
];

describe('WebAssembly gemmNN skips a k whose entries of A in a block are all zero', () => {
  for (const { p, zeros, bad, finite } of SKIP_CASES) {
    it(`p = ${p}: each panel skips its own all-zero k against Infinity and NaN in B, and only those`, () => {
      const [q, s] = [7, 15];
      const a = seededMatrix(p, q, `wasmBlocking/skip/${p}/A`);
      const b = seededMatrix(q, s, `wasmBlocking/skip/${p}/B`);
      for (const [row, k] of zeros) {
        for (let i = 0; i < p; i++) if (row === -1 || row === i) a.set(i, k, i % 2 === 0 ? 0 : -0);
      }
      // The product without the bad rows of B: what a row of C that skips them all must be.
      const cleanB = b.clone();
      for (const [k, value] of bad) {
        for (let j = 0; j < s; j++) {
          b.set(k, j, value);
          cleanB.set(k, j, 0);
        }
      }
      const expected = a.mmul(cleanB).to1DArray();
      const arena = createKernelArena(2 * (p * q + q * s + p * s) + 16, 'wasm');
      const out = output(arena, p * s);
      arena.kernels.gemmNN(place(arena, toDense(a).data), place(arena, toDense(b).data), out.c, p, q, s);
      const row = (i: number) => out.c.subarray(i * s, (i + 1) * s);
      for (const i of finite) {
        const want = expected.slice(i * s, (i + 1) * s);
        expect(worstScaledError(row(i), want, s), `row ${i}`).toBeLessThanOrEqual(1);
      }
      // In every other row a nonzero entry of A meets a bad row of B: no entry is finite.
      const others = Array.from({ length: p }, (_, i) => i).filter((i) => !finite.includes(i));
      expect(others.length).toBeGreaterThan(0);
      for (const i of others) expect(row(i).some(Number.isFinite), `row ${i}`).toBe(false);
      expect(Array.from(out.guard)).toEqual([7, 7]);
    });
  }

  it('gives the same bits as the product without zero tests (gemmTN of A^T) when B is finite', () => {
    const [p, q, s] = [5, 7, 15];
    const a = seededMatrix(p, q, 'wasmBlocking/skip-finite/A');
    const b = seededMatrix(q, s, 'wasmBlocking/skip-finite/B');
    for (let i = 0; i < p; i++) a.set(i, 3, i % 2 === 0 ? 0 : -0);
    a.set(4, 5, 0);
    const arena = createKernelArena(3 * (p * q + q * s + p * s) + 16, 'wasm');
    const aIn = place(arena, toDense(a).data);
    const bIn = place(arena, toDense(b).data);
    const skipped = output(arena, p * s);
    arena.kernels.gemmNN(aIn, bIn, skipped.c, p, q, s);
    const plain = output(arena, p * s);
    arena.kernels.gemmTN(place(arena, toDense(a.transpose()).data), bIn, plain.c, p, q, s);
    expect(worstScaledError(skipped.c, a.mmul(b).to1DArray(), p * s)).toBeLessThanOrEqual(1);
    expect(Array.from(skipped.c)).toEqual(Array.from(plain.c));
  });
});
