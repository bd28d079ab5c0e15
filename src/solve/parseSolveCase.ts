import type * as z from 'zod/mini';
import { InputError } from '../linalg/InputError.js';
import { SOLVE_CASE_FIELDS, solveCaseSchema, type SolveCase } from './solveCaseSchema.js';

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
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbours
 * (`sede` for `seed` is one edit), each counting 1 (optimal string alignment).
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The known field that an unknown key probably meant, or undefined: the same up to case, `_` and `-`
 * (`max_steps`); a prefix either way, of at least 3 letters (`tolerance` for `tol`, `step` for `steps`);
 * or within an edit distance of a third of the longer name, at least 1 (`seeds`, `sede` for `seed`).
 * The closest by edit distance wins.
 * @internal
 */
export function closestField(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined; // no field name is that long
  const norm = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');
  const k = norm(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const n = norm(name);
    const distance = editDistance(k, n);
    const close =
      k === n ||
      (Math.min(k.length, n.length) >= 3 && (k.startsWith(n) || n.startsWith(k))) ||
      distance <= Math.max(1, Math.floor(Math.max(k.length, n.length) / 3));
    if (close && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Validates raw input (a parsed case file, or options from code) against {@link solveCaseSchema}.
 * Throws an {@link InputError} naming the first offending field and its value; an unknown field
 * (`tolerance` for `tol`) is refused naming the object it is in and the field it probably meant.
 * @public
 */
export function parseSolveCase(input: unknown): SolveCase {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError('case', input, 'must be a JSON object');
  }
  const parsed = solveCaseSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  // A misspelt key first: it also explains the errors it causes (a "missing" field it was meant to be).
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown !== undefined) {
    const where = pathText(unknown.path);
    const key = unknown.keys[0];
    const meant = closestField(key, SOLVE_CASE_FIELDS[where] ?? []);
    const escaped = JSON.stringify(key).slice(1, -1); // one line, even for a key with a newline
    const shown = escaped.length > 60 ? `${escaped.slice(0, 57)}...` : escaped;
    throw new InputError(
      where,
      undefined,
      `unknown field '${shown}'${meant === undefined ? '' : ` (did you mean '${meant}'?)`}`,
    );
  }
  const issue: z.core.$ZodIssue = issues[0];
  // A shape issue names both shapes in its message (checkFactorizationShapes): no value after it.
  const omitValue = issue.code === 'custom' && issue.params?.omitValue === true;
  const value = omitValue ? undefined : valueAt(input, issue.path);
  const where = pathText(issue.path);
  if (value === undefined && issue.code !== 'custom') throw new InputError(where, undefined, 'missing field');
  throw new InputError(where, value, issue.message);
}
