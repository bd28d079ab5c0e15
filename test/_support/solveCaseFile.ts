import { parseSolveCase } from '../../src/solve/parseSolveCase.js';
import { solveValidCase } from '../../src/solve/solve.js';
import type { SolveResult } from '../../src/solve/solveDense.js';

/**
 * Runs a case in the form of a case file (nested rows, the rule by name) as `fa-verify solve` does:
 * parsed once, then run. Tests written against the case format use it; `solve` itself takes matrices.
 */
export function solveCaseFile(input: unknown): SolveResult {
  return solveValidCase(parseSolveCase(input));
}
