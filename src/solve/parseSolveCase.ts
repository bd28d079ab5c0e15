import type * as z from 'zod/mini';
import { InputError } from './InputError.js';
import { solveCaseSchema, type SolveCase } from './solveCaseSchema.js';

/** Renders a zod path as `Y[1][0]` or `init.seed`. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text === '' ? 'case' : text;
}

/** The value at a path of the raw input, for the error message. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Validates raw input (a parsed case file, or options from code) against {@link solveCaseSchema}.
 * Throws an {@link InputError} naming the first offending field and its value.
 * @public
 */
export function parseSolveCase(input: unknown): SolveCase {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError('case', input, 'must be a JSON object');
  }
  const parsed = solveCaseSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue: z.core.$ZodIssue = parsed.error.issues[0];
  const value = valueAt(input, issue.path);
  const where = pathText(issue.path);
  if (value === undefined && issue.code !== 'custom') throw new InputError(where, undefined, 'missing field');
  throw new InputError(where, value, issue.message);
}
