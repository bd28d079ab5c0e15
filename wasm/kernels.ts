// AssemblyScript: the dense kernels of src/kernels/ in WebAssembly SIMD (f64x2), built by
// scripts/buildWasm.mjs into dist/wasm/kernels.wasm. Same contracts as the JavaScript kernels
// (row-major, C overwritten, C never aliases A or B), on byte offsets into the imported memory.
// Sums are taken two lanes at a time, so results can differ from the JavaScript kernels in the
// last bits; each kernel is deterministic and is checked against ml-matrix in test/kernels/.
//
// Register blocks: V8 gives wasm SIMD 15 allocatable xmm registers, and the target core (Zen 4) has
// two 128-bit multiply and two add pipes (no fused multiply-add in wasm SIMD), each add 3 cycles of
// latency. So a block keeps 8 independent accumulators, enough to cover that latency, with 6 loads
// per 8 vector multiply-adds: 4 rows x 2 columns of C for gemmNT/syrkNT (dot products of rows), 2
// rows x 8 columns for gemmNN/gemmTN (rows of B scaled by broadcast entries of X). Remainders take
// smaller blocks of the same code (2 or 1 row; 4, 2 or 1 column), and every block shape takes each
// entry of C in the same order of operations, so the block an entry falls in never changes its
// bits (test/kernels/wasmBlocking.test.ts checks this against rows and columns taken one by one).
// That order is the one of the earlier 2 x 2 and 2 x 4 blocks, so the results did not change either.
// Unrolling k by hand was slower: Binaryen hoists the loads of the unrolled copies together, and V8
// then spills accumulators (V8 unrolls these small loops itself).

/** Byte offset of entry `index` of an f64 array at `base`. */
@inline function at(base: usize, index: i32): usize {
  return base + (<usize>index << 3);
}

/** Sum of both lanes. */
@inline function lanes(v: v128): f64 {
  return f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
}

/** (lanes(u), lanes(v)) as one vector, each the same sum as `lanes`. */
@inline function lanePair(u: v128, v: v128): v128 {
  return f64x2.add(v128.shuffle<f64>(u, v, 0, 2), v128.shuffle<f64>(u, v, 1, 3));
}

/**
 * `rows` (1, 2 or 4) rows by 2 columns of C = A B^T: C[i + r][j], C[i + r][j + 1] for A's rows at
 * `a` (A + i q), B's rows at `b0`, `b1`, C's at `c` (C + i s + j). Each entry is the dot product of
 * two contiguous rows: f64x2 partial sums over k = 0..q2 (two entries of k at a time), their two
 * lanes added, then the last entry of k when q is odd. `rows` is a constant after inlining.
 */
@inline function ntBlock2(rows: i32, a: usize, b0: usize, b1: usize, c: usize, q: i32, s: i32): void {
  const rowA = <usize>q << 3;
  const rowC = <usize>s << 3;
  const a1 = a + rowA;
  const a2 = a1 + rowA;
  const a3 = a2 + rowA;
  let c00 = f64x2.splat(0);
  let c01 = f64x2.splat(0);
  let c10 = f64x2.splat(0);
  let c11 = f64x2.splat(0);
  let c20 = f64x2.splat(0);
  let c21 = f64x2.splat(0);
  let c30 = f64x2.splat(0);
  let c31 = f64x2.splat(0);
  const end = <usize>(q & ~1) << 3;
  for (let k: usize = 0; k < end; k += 16) {
    const y0 = v128.load(b0 + k);
    const y1 = v128.load(b1 + k);
    const x0 = v128.load(a + k);
    c00 = f64x2.add(c00, f64x2.mul(x0, y0));
    c01 = f64x2.add(c01, f64x2.mul(x0, y1));
    if (rows > 1) {
      const x1 = v128.load(a1 + k);
      c10 = f64x2.add(c10, f64x2.mul(x1, y0));
      c11 = f64x2.add(c11, f64x2.mul(x1, y1));
    }
    if (rows > 2) {
      const x2 = v128.load(a2 + k);
      c20 = f64x2.add(c20, f64x2.mul(x2, y0));
      c21 = f64x2.add(c21, f64x2.mul(x2, y1));
      const x3 = v128.load(a3 + k);
      c30 = f64x2.add(c30, f64x2.mul(x3, y0));
      c31 = f64x2.add(c31, f64x2.mul(x3, y1));
    }
  }
  let r0 = lanePair(c00, c01);
  let r1 = lanePair(c10, c11);
  let r2 = lanePair(c20, c21);
  let r3 = lanePair(c30, c31);
  if (q & 1) {
    // The odd last entry of k: (B[j][q-1], B[j+1][q-1]) times A[i+r][q-1], added last.
    const last = end;
    const ty = v128.load64_lane(b1 + last, v128.load64_zero(b0 + last), 1);
    r0 = f64x2.add(r0, f64x2.mul(v128.load64_splat(a + last), ty));
    if (rows > 1) r1 = f64x2.add(r1, f64x2.mul(v128.load64_splat(a1 + last), ty));
    if (rows > 2) {
      r2 = f64x2.add(r2, f64x2.mul(v128.load64_splat(a2 + last), ty));
      r3 = f64x2.add(r3, f64x2.mul(v128.load64_splat(a3 + last), ty));
    }
  }
  v128.store(c, r0);
  if (rows > 1) v128.store(c + rowC, r1);
  if (rows > 2) {
    v128.store(c + 2 * rowC, r2);
    v128.store(c + 3 * rowC, r3);
  }
}

/** `rows` (1, 2 or 4) rows by 1 column of C = A B^T, B's row at `b0`; the same sums as ntBlock2. */
@inline function ntBlock1(rows: i32, a: usize, b0: usize, c: usize, q: i32, s: i32): void {
  const rowA = <usize>q << 3;
  const rowC = <usize>s << 3;
  const a1 = a + rowA;
  const a2 = a1 + rowA;
  const a3 = a2 + rowA;
  let c0 = f64x2.splat(0);
  let c1 = f64x2.splat(0);
  let c2 = f64x2.splat(0);
  let c3 = f64x2.splat(0);
  const end = <usize>(q & ~1) << 3;
  for (let k: usize = 0; k < end; k += 16) {
    const y0 = v128.load(b0 + k);
    c0 = f64x2.add(c0, f64x2.mul(v128.load(a + k), y0));
    if (rows > 1) c1 = f64x2.add(c1, f64x2.mul(v128.load(a1 + k), y0));
    if (rows > 2) {
      c2 = f64x2.add(c2, f64x2.mul(v128.load(a2 + k), y0));
      c3 = f64x2.add(c3, f64x2.mul(v128.load(a3 + k), y0));
    }
  }
  let s0 = lanes(c0);
  let s1 = lanes(c1);
  let s2 = lanes(c2);
  let s3 = lanes(c3);
  if (q & 1) {
    const last = end;
    const y = load<f64>(b0 + last);
    s0 += load<f64>(a + last) * y;
    if (rows > 1) s1 += load<f64>(a1 + last) * y;
    if (rows > 2) {
      s2 += load<f64>(a2 + last) * y;
      s3 += load<f64>(a3 + last) * y;
    }
  }
  store<f64>(c, s0);
  if (rows > 1) store<f64>(c + rowC, s1);
  if (rows > 2) {
    store<f64>(c + 2 * rowC, s2);
    store<f64>(c + 3 * rowC, s3);
  }
}

/**
 * Rows i..i + rows - 1 of C = A B^T (p x s), two columns at a time, then a last one. With `upper`
 * (syrkNT), only from column i on, and the first block of a 4-row panel takes only its first 2 rows
 * (the other 2 would be below the diagonal).
 */
@inline function ntPanel(rows: i32, a: usize, b: usize, c: usize, q: i32, s: i32, i: i32, upper: bool): void {
  const ai = at(a, i * q);
  const ci = at(c, i * s);
  const rowB = <usize>q << 3;
  let j = upper ? i : 0;
  let bj = at(b, j * q);
  if (upper && rows > 2 && j + 1 < s) {
    ntBlock2(2, ai, bj, bj + rowB, at(ci, j), q, s);
    bj += rowB << 1;
    j += 2;
  }
  for (; j + 1 < s; j += 2) {
    ntBlock2(rows, ai, bj, bj + rowB, at(ci, j), q, s);
    bj += rowB << 1;
  }
  if (j < s) ntBlock1(rows, ai, bj, at(ci, j), q, s);
}

/**
 * C = A B^T (A p x q, B s x q, C p x s) in panels of 4 rows (then 2, then 1), each in blocks of 2
 * columns (then 1). With `upper`, only blocks that reach the diagonal or above (for syrkNT, which
 * fills the rest from them).
 */
@inline function ntRows(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32, upper: bool): void {
  let i = 0;
  for (; i + 3 < p; i += 4) ntPanel(4, a, b, c, q, s, i, upper);
  if (i + 1 < p) {
    ntPanel(2, a, b, c, q, s, i, upper);
    i += 2;
  }
  if (i < p) ntPanel(1, a, b, c, q, s, i, upper);
}

/**
 * C = A B^T: A is p x q, B is s x q, C is p x s. Each entry is a dot product of two contiguous rows,
 * taken two entries of k at a time, for 4 x 2 blocks of C.
 */
export function gemmNT(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  ntRows(a, b, c, p, q, s, false);
}

/**
 * C = A A^T (A is p x q): the blocks of gemmNT on and above the diagonal, then the lower triangle
 * copied from the upper, so C is symmetric bit for bit (C[i][j] and C[j][i] the same sum).
 */
export function syrkNT(a: usize, c: usize, p: i32, q: i32): void {
  ntRows(a, a, c, p, q, p, true);
  // Every entry on or above the diagonal is written; each one below is set from its mirror image
  // (some were computed too, in blocks across the diagonal: the same sum, so the same bits).
  for (let i = 1; i < p; i++) {
    const ci = at(c, i * p);
    for (let j = 0; j < i; j++) store<f64>(at(ci, j), load<f64>(at(c, j * p + i)));
  }
}

/**
 * `rows` (1 or 2) rows by `cols` (8, 4, 2 or 1) columns of C = X B: C[i + r][j..j + cols - 1] =
 * sum_k X[i + r][k] B[k][j..], with X[i][k] at `x` + k kStride (and X[i + 1][k] a row stride further,
 * or the next f64 when `transposed`), B[k][j] at `b` + k s, C[i][j] at `c`. Each entry is the sum over
 * k in order, from zero, one product and one add per k, whatever the block. With `skipZeros`, a k whose
 * `rows` entries of X are all zero is skipped. `rows`, `cols`, `skipZeros` and `transposed` are
 * constants after inlining, so each combination compiles to its own loop.
 */
@inline function xbBlock(
  rows: i32,
  cols: i32,
  x: usize,
  rowStride: usize,
  kStride: usize,
  b: usize,
  c: usize,
  q: i32,
  s: i32,
  skipZeros: bool,
  transposed: bool,
): void {
  const rowB = <usize>s << 3;
  const x1 = x + rowStride;
  // Row r's columns j..j+7 in cRa (j, j+1), cRb, cRc, cRd; scalars for a single column.
  let c0a = f64x2.splat(0);
  let c0b = f64x2.splat(0);
  let c0c = f64x2.splat(0);
  let c0d = f64x2.splat(0);
  let c1a = f64x2.splat(0);
  let c1b = f64x2.splat(0);
  let c1c = f64x2.splat(0);
  let c1d = f64x2.splat(0);
  let s0 = 0.0;
  let s1 = 0.0;
  let xk = x;
  let bk = b;
  for (let k = 0; k < q; k++) {
    // The block's entries of X at k all zero (either sign): all their bits but the sign bits zero.
    let zero = false;
    if (skipZeros) {
      const bits1: u64 = rows < 2 ? 0 : transposed ? load<u64>(xk, 8) : load<u64>(xk + rowStride);
      zero = (load<u64>(xk) | bits1) << 1 == 0;
    }
    if (!zero) {
      if (cols == 1) {
        const y = load<f64>(bk);
        s0 += load<f64>(xk) * y;
        if (rows > 1) s1 += (transposed ? load<f64>(xk, 8) : load<f64>(xk + rowStride)) * y;
      } else {
        const v0 = v128.load64_splat(xk);
        let v1 = v0;
        if (rows > 1) v1 = transposed ? v128.load64_splat(xk, 8) : v128.load64_splat(xk + rowStride);
        let y = v128.load(bk);
        c0a = f64x2.add(c0a, f64x2.mul(v0, y));
        if (rows > 1) c1a = f64x2.add(c1a, f64x2.mul(v1, y));
        if (cols > 2) {
          y = v128.load(bk, 16);
          c0b = f64x2.add(c0b, f64x2.mul(v0, y));
          if (rows > 1) c1b = f64x2.add(c1b, f64x2.mul(v1, y));
        }
        if (cols > 4) {
          y = v128.load(bk, 32);
          c0c = f64x2.add(c0c, f64x2.mul(v0, y));
          if (rows > 1) c1c = f64x2.add(c1c, f64x2.mul(v1, y));
          y = v128.load(bk, 48);
          c0d = f64x2.add(c0d, f64x2.mul(v0, y));
          if (rows > 1) c1d = f64x2.add(c1d, f64x2.mul(v1, y));
        }
      }
    }
    xk += kStride;
    bk += rowB;
  }
  const c1 = c + rowB;
  if (cols == 1) {
    store<f64>(c, s0);
    if (rows > 1) store<f64>(c1, s1);
  } else {
    v128.store(c, c0a);
    if (rows > 1) v128.store(c1, c1a);
    if (cols > 2) {
      v128.store(c, c0b, 16);
      if (rows > 1) v128.store(c1, c1b, 16);
    }
    if (cols > 4) {
      v128.store(c, c0c, 32);
      v128.store(c, c0d, 48);
      if (rows > 1) {
        v128.store(c1, c1c, 32);
        v128.store(c1, c1d, 48);
      }
    }
  }
}

/** Whether some k has all `rows` entries X[i + r][k] zero (of either sign), X[i][k] at `x` + k kStride. */
@inline function panelHasZeroK(rows: i32, x: usize, rowStride: usize, kStride: usize, q: i32): bool {
  let xk = x;
  for (let k = 0; k < q; k++) {
    if ((load<u64>(xk) | (rows > 1 ? load<u64>(xk + rowStride) : 0)) << 1 == 0) return true;
    xk += kStride;
  }
  return false;
}

/** One panel of C = X B (X[i][0] at `xi`, C[i][0] at `ci`): blocks of 8 columns, then 4, 2, 1. */
@inline function xbColumns(
  rows: i32,
  xi: usize,
  rowStride: usize,
  kStride: usize,
  b: usize,
  ci: usize,
  q: i32,
  s: i32,
  skipZeros: bool,
  transposed: bool,
): void {
  let j = 0;
  for (; j + 7 < s; j += 8) {
    xbBlock(rows, 8, xi, rowStride, kStride, at(b, j), at(ci, j), q, s, skipZeros, transposed);
  }
  if (j + 3 < s) {
    xbBlock(rows, 4, xi, rowStride, kStride, at(b, j), at(ci, j), q, s, skipZeros, transposed);
    j += 4;
  }
  if (j + 1 < s) {
    xbBlock(rows, 2, xi, rowStride, kStride, at(b, j), at(ci, j), q, s, skipZeros, transposed);
    j += 2;
  }
  if (j < s) xbBlock(rows, 1, xi, rowStride, kStride, at(b, j), at(ci, j), q, s, skipZeros, transposed);
}

/**
 * Rows i..i + rows - 1 of C = X B (p x s). With `skipZeros`, the panel's entries of X are scanned
 * first, and only a panel with some k of all-zero entries takes the loop that tests every k: the other
 * loop gives the same bits when B is finite (a skipped term would add a zero to a sum that is never -0).
 */
@inline function xbPanel(
  rows: i32,
  x: usize,
  rowStride: usize,
  kStride: usize,
  b: usize,
  c: usize,
  q: i32,
  s: i32,
  i: i32,
  skipZeros: bool,
  transposed: bool,
): void {
  const xi = x + <usize>i * rowStride;
  const ci = at(c, i * s);
  if (skipZeros && panelHasZeroK(rows, xi, rowStride, kStride, q)) {
    xbColumns(rows, xi, rowStride, kStride, b, ci, q, s, true, transposed);
  } else {
    xbColumns(rows, xi, rowStride, kStride, b, ci, q, s, false, transposed);
  }
}

/**
 * C = X B, where X (p x q) is read through strides: X[i][k] is the f64 at x + i rowStride + k kStride
 * (bytes). B is q x s and C p x s, both row-major, so their rows are contiguous: for 2 rows of C and
 * 8 columns at a time, C[i..i+1, j..j+7] = sum_k X[i..i+1][k] B[k, j..j+7], held in eight registers
 * over k (then 4, 2 and 1 columns, and a last single row). With `skipZeros`, a k whose two entries of X
 * in the block's rows are both zero is skipped, so a zero X gives exact zeros whatever B holds. gemmNN
 * and gemmTN are this one loop with X = A and X = A^T (`transposed`: rowStride is 8).
 */
@inline function gemmXB(
  x: usize,
  rowStride: usize,
  kStride: usize,
  b: usize,
  c: usize,
  p: i32,
  q: i32,
  s: i32,
  skipZeros: bool,
  transposed: bool,
): void {
  let i = 0;
  for (; i + 1 < p; i += 2) xbPanel(2, x, rowStride, kStride, b, c, q, s, i, skipZeros, transposed);
  if (i < p) xbPanel(1, x, rowStride, kStride, b, c, q, s, i, skipZeros, transposed);
}

/** C = A B: A is p x q (row i at A + i q), B is q x s, C is p x s; zero entries of A are skipped. */
export function gemmNN(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  gemmXB(a, <usize>q << 3, 8, b, c, p, q, s, true, false);
}

/** C = A^T B: A is q x p (so X[i][k] = A[k][i], at A + k p + i), B is q x s, C is p x s. */
export function gemmTN(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  gemmXB(a, 8, <usize>p << 3, b, c, p, q, s, false, true);
}

/**
 * sum_i a_i b_i over len entries, in the same four partial sums as src/kernels/dot.ts (entries
 * i = 0, 1, 2, 3 mod 4 in lanes of two registers, added as (s0 + s1) + (s2 + s3)): bit for bit the
 * JavaScript result.
 */
export function dot(a: usize, b: usize, len: i32): f64 {
  let lo = f64x2.splat(0);
  let hi = f64x2.splat(0);
  let i = 0;
  for (; i + 3 < len; i += 4) {
    lo = f64x2.add(lo, f64x2.mul(v128.load(at(a, i)), v128.load(at(b, i))));
    hi = f64x2.add(hi, f64x2.mul(v128.load(at(a, i + 2)), v128.load(at(b, i + 2))));
  }
  let s0 = f64x2.extract_lane(lo, 0);
  for (; i < len; i++) s0 += load<f64>(at(a, i)) * load<f64>(at(b, i));
  return s0 + f64x2.extract_lane(lo, 1) + (f64x2.extract_lane(hi, 0) + f64x2.extract_lane(hi, 1));
}

/** dot(a, b, len) stored at `out`: a scalar result through memory, which JavaScript reads unboxed. */
export function dotInto(a: usize, b: usize, len: i32, out: usize): void {
  store<f64>(out, dot(a, b, len));
}

/**
 * y += alpha x over len entries, alpha read from memory at `alphaAt` (so that no double crosses from
 * JavaScript per call); each entry rounded as in JavaScript: one product, one sum.
 */
export function axpy(alphaAt: usize, x: usize, y: usize, len: i32): void {
  const alpha = load<f64>(alphaAt);
  const va = f64x2.splat(alpha);
  let i = 0;
  for (; i + 7 < len; i += 8) {
    const yi = at(y, i);
    const xi = at(x, i);
    v128.store(yi, f64x2.add(v128.load(yi), f64x2.mul(va, v128.load(xi))));
    v128.store(yi, f64x2.add(v128.load(yi, 16), f64x2.mul(va, v128.load(xi, 16))), 16);
    v128.store(yi, f64x2.add(v128.load(yi, 32), f64x2.mul(va, v128.load(xi, 32))), 32);
    v128.store(yi, f64x2.add(v128.load(yi, 48), f64x2.mul(va, v128.load(xi, 48))), 48);
  }
  for (; i + 1 < len; i += 2) v128.store(at(y, i), f64x2.add(v128.load(at(y, i)), f64x2.mul(va, v128.load(at(x, i)))));
  if (i < len) store<f64>(at(y, i), load<f64>(at(y, i)) + alpha * load<f64>(at(x, i)));
}
