// AssemblyScript: the dense kernels of src/kernels/ in WebAssembly SIMD (f64x2), built by
// scripts/buildWasm.mjs into dist/wasm/kernels.wasm. Same contracts as the JavaScript kernels
// (row-major, C overwritten, C never aliases A or B), on byte offsets into the imported memory.
// Sums are taken two lanes at a time, so results can differ from the JavaScript kernels in the
// last bits; each kernel is deterministic and is checked against ml-matrix in test/kernels/.

/** Byte offset of entry `index` of an f64 array at `base`. */
@inline function at(base: usize, index: i32): usize {
  return base + (<usize>index << 3);
}

/** Sum of both lanes. */
@inline function lanes(v: v128): f64 {
  return f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
}

/**
 * C = A B^T: A is p x q, B is s x q, C is p x s. Each entry is a dot product of two contiguous rows,
 * taken two entries of k at a time, for 2 x 2 blocks of C.
 */
export function gemmNT(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  const q2 = q & ~1;
  let i = 0;
  for (; i + 1 < p; i += 2) {
    const a0 = at(a, i * q);
    const a1 = at(a, (i + 1) * q);
    let j = 0;
    for (; j + 1 < s; j += 2) {
      const b0 = at(b, j * q);
      const b1 = at(b, (j + 1) * q);
      let c00 = f64x2.splat(0);
      let c01 = f64x2.splat(0);
      let c10 = f64x2.splat(0);
      let c11 = f64x2.splat(0);
      for (let k = 0; k < q2; k += 2) {
        const x0 = v128.load(at(a0, k));
        const x1 = v128.load(at(a1, k));
        const y0 = v128.load(at(b0, k));
        const y1 = v128.load(at(b1, k));
        c00 = f64x2.add(c00, f64x2.mul(x0, y0));
        c01 = f64x2.add(c01, f64x2.mul(x0, y1));
        c10 = f64x2.add(c10, f64x2.mul(x1, y0));
        c11 = f64x2.add(c11, f64x2.mul(x1, y1));
      }
      let s00 = lanes(c00);
      let s01 = lanes(c01);
      let s10 = lanes(c10);
      let s11 = lanes(c11);
      if (q2 < q) {
        const x0 = load<f64>(at(a0, q2));
        const x1 = load<f64>(at(a1, q2));
        const y0 = load<f64>(at(b0, q2));
        const y1 = load<f64>(at(b1, q2));
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      store<f64>(at(c, i * s + j), s00);
      store<f64>(at(c, i * s + j + 1), s01);
      store<f64>(at(c, (i + 1) * s + j), s10);
      store<f64>(at(c, (i + 1) * s + j + 1), s11);
    }
    if (j < s) {
      store<f64>(at(c, i * s + j), dotRows(a0, at(b, j * q), q));
      store<f64>(at(c, (i + 1) * s + j), dotRows(a1, at(b, j * q), q));
    }
  }
  if (i < p) {
    const a0 = at(a, i * q);
    for (let j = 0; j < s; j++) store<f64>(at(c, i * s + j), dotRows(a0, at(b, j * q), q));
  }
}

/** The dot product of two contiguous rows of length q, in the lane order of gemmNT. */
@inline function dotRows(x: usize, y: usize, q: i32): f64 {
  const q2 = q & ~1;
  let acc = f64x2.splat(0);
  for (let k = 0; k < q2; k += 2) acc = f64x2.add(acc, f64x2.mul(v128.load(at(x, k)), v128.load(at(y, k))));
  let sum = lanes(acc);
  if (q2 < q) sum += load<f64>(at(x, q2)) * load<f64>(at(y, q2));
  return sum;
}

/** C = A A^T (A is p x q): symmetric, both triangles, bit for bit (C[i][j] and C[j][i] are the same sum). */
export function syrkNT(a: usize, c: usize, p: i32, q: i32): void {
  gemmNT(a, a, c, p, q, p);
}

/**
 * C = X B, where X (p x q) is read through strides: X[i][k] is the f64 at x + i rowStride + k kStride
 * (bytes). B is q x s and C p x s, both row-major, so their rows are contiguous: for 2 rows of C and
 * 4 columns at a time, C[i, j..j+3] = sum_k X[i][k] B[k, j..j+3], held in four registers over k. With
 * `skipZeros`, a k whose two entries of X are both zero is skipped, so a zero X gives exact zeros
 * whatever B holds. gemmNN and gemmTN are this one loop with X = A and X = A^T.
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
): void {
  const s4 = s & ~3;
  let i = 0;
  for (; i + 1 < p; i += 2) {
    const x0row = x + <usize>i * rowStride;
    const x1row = x0row + rowStride;
    let j = 0;
    for (; j < s4; j += 4) {
      let c0l = f64x2.splat(0);
      let c0h = f64x2.splat(0);
      let c1l = f64x2.splat(0);
      let c1h = f64x2.splat(0);
      for (let k = 0; k < q; k++) {
        const x0 = load<f64>(x0row + <usize>k * kStride);
        const x1 = load<f64>(x1row + <usize>k * kStride);
        if (skipZeros && x0 == 0 && x1 == 0) continue;
        const bk = at(b, k * s + j);
        const yl = v128.load(bk);
        const yh = v128.load(bk + 16);
        const v0 = f64x2.splat(x0);
        const v1 = f64x2.splat(x1);
        c0l = f64x2.add(c0l, f64x2.mul(v0, yl));
        c0h = f64x2.add(c0h, f64x2.mul(v0, yh));
        c1l = f64x2.add(c1l, f64x2.mul(v1, yl));
        c1h = f64x2.add(c1h, f64x2.mul(v1, yh));
      }
      v128.store(at(c, i * s + j), c0l);
      v128.store(at(c, i * s + j + 2), c0h);
      v128.store(at(c, (i + 1) * s + j), c1l);
      v128.store(at(c, (i + 1) * s + j + 2), c1h);
    }
    for (; j < s; j++) {
      let s0 = 0.0;
      let s1 = 0.0;
      for (let k = 0; k < q; k++) {
        const x0 = load<f64>(x0row + <usize>k * kStride);
        const x1 = load<f64>(x1row + <usize>k * kStride);
        if (skipZeros && x0 == 0 && x1 == 0) continue;
        const y = load<f64>(at(b, k * s + j));
        s0 += x0 * y;
        s1 += x1 * y;
      }
      store<f64>(at(c, i * s + j), s0);
      store<f64>(at(c, (i + 1) * s + j), s1);
    }
  }
  if (i < p) {
    const x0row = x + <usize>i * rowStride;
    for (let j = 0; j < s; j++) {
      let s0 = 0.0;
      for (let k = 0; k < q; k++) {
        const x0 = load<f64>(x0row + <usize>k * kStride);
        if (skipZeros && x0 == 0) continue;
        s0 += x0 * load<f64>(at(b, k * s + j));
      }
      store<f64>(at(c, i * s + j), s0);
    }
  }
}

/** C = A B: A is p x q (row i at A + i q), B is q x s, C is p x s; zero entries of A are skipped. */
export function gemmNN(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  gemmXB(a, <usize>q << 3, 8, b, c, p, q, s, true);
}

/** C = A^T B: A is q x p (so X[i][k] = A[k][i], at A + k p + i), B is q x s, C is p x s. */
export function gemmTN(a: usize, b: usize, c: usize, p: i32, q: i32, s: i32): void {
  gemmXB(a, 8, <usize>p << 3, b, c, p, q, s, false);
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
  for (; i + 1 < len; i += 2) v128.store(at(y, i), f64x2.add(v128.load(at(y, i)), f64x2.mul(va, v128.load(at(x, i)))));
  if (i < len) store<f64>(at(y, i), load<f64>(at(y, i)) + alpha * load<f64>(at(x, i)));
}
