/** One case of the feedback-reduction grid: sides, inner dimension, start, and the reduced sides. */
export interface FeedbackReductionCase {
  readonly n: number;
  readonly m: number;
  readonly r: number;
  readonly init: 'zero' | 'random';
  readonly name: string;
  /** Generic sides of `C x R`: `r x r` from zero; `min(n, 3r) x min(m, 2r)` from a random start. */
  readonly d1: number;
  readonly d2: number;
  /** Whether the reduction at least halves `n x m` (and so is taken by default). */
  readonly pays: boolean;
}

/**
 * The grid on which the solver's and the flow's feedback reductions are checked against the full runs:
 * full-rank targets 40 x 30 and 128 x 96, `r` in 1, 5, 16, from zero and from a small random start.
 */
export function feedbackReductionCases(): FeedbackReductionCase[] {
  const cases: FeedbackReductionCase[] = [];
  for (const [n, m] of [
    [40, 30],
    [128, 96],
  ] as const) {
    for (const r of [1, 5, 16]) {
      for (const init of ['zero', 'random'] as const) {
        const d2 = init === 'zero' ? r : Math.min(m, 2 * r);
        const d1 = init === 'zero' ? r : Math.min(n, d2 + r);
        const name = `${n} x ${m}, r = ${r}, from ${init}`;
        cases.push({ n, m, r, init, name, d1, d2, pays: d1 * d2 <= (n * m) / 2 });
      }
    }
  }
  return cases;
}
