import type { AnyClaim } from '../claim/Claim.js';
import { judgeInput, type JudgementKind } from '../claim/judgeInput.js';
import { caseLens } from '../shrink/caseLens.js';
import { simplifyCase } from '../shrink/simplifyCase.js';
import type { Solvers } from '../solvers/Solvers.js';

/**
 * Structure-aware shrinking after fast-check's (or after a targeted search): simplifies the
 * factorization instance inside the input while it stays in the same class of failure (and inside the
 * claim's hypotheses, which `judgeInput` checks first). Past the time budget's deadline it tries
 * nothing more: a simplification of a large case can cost hundreds of evaluations.
 * @internal
 */
export function simplifyInput(
  claim: AnyClaim,
  input: unknown,
  keep: ReadonlySet<JudgementKind>,
  solvers: Solvers | undefined,
  deadline: number,
): unknown {
  const lens = caseLens(input);
  if (lens === null) return input;
  const fails = (c: unknown): boolean =>
    performance.now() < deadline && keep.has(judgeInput(claim, lens.set(input, c as never), solvers).kind);
  return lens.set(input, simplifyCase(lens.get(input), fails));
}
