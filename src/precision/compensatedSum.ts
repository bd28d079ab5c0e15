/**
 * Double-double accumulation (Knuth's TwoSum and Dekker's TwoProduct by Veltkamp splitting): sums of
 * products carried with about 106 bits, then rounded once. Used to re-evaluate a counterexample's
 * decisive quantities beyond double precision.
 * @internal
 */
export class CompensatedSum {
  private hi = 0;
  private lo = 0;

  /** Adds `x` exactly into the (hi, lo) pair (TwoSum). */
  add(x: number): this {
    const s = this.hi + x;
    const bp = s - this.hi;
    const err = this.hi - (s - bp) + (x - bp);
    this.hi = s;
    this.lo += err;
    return this;
  }

  /** Adds the product `a b` exactly (TwoProduct), then its error term. */
  addProduct(a: number, b: number): this {
    const p = a * b;
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    const err = ah * bh - p + ah * bl + al * bh + al * bl;
    this.add(p);
    this.lo += err;
    return this;
  }

  /** The sum, rounded once to a double. */
  value(): number {
    return this.hi + this.lo;
  }
}

/** Veltkamp's split of `a` into two halves of 26 bits: `a = hi + lo` exactly. */
function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}
