/**
 * `f` computed once per distinct call, the first result returned to every later equal call: for a
 * deterministic (seeded) computation that several tests of one file repeat with the same arguments,
 * e.g. the audit's regime coverage and teeth parts, which tests of the audit's other parts need only
 * as they come out. A call is equal to an earlier one when its first argument is the same object
 * (a claim, the catalogue) and `key` gives the same string for the rest. Use it through `vi.mock`, in
 * one test file: the cache lives as long as the file's module graph.
 */
export function memoized<A extends [object, ...unknown[]], R>(
  f: (...args: A) => R,
  key: (...args: A) => string,
): (...args: A) => R {
  const cache = new WeakMap<object, Map<string, R>>();
  return (...args: A): R => {
    const byKey = cache.get(args[0]) ?? new Map<string, R>();
    cache.set(args[0], byKey);
    const k = key(...args);
    if (!byKey.has(k)) byKey.set(k, f(...args));
    return byKey.get(k) as R;
  };
}
