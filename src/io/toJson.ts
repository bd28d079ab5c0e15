/**
 * JSON for the command line: Float64Arrays become arrays, and a non-finite number becomes `null`
 * (JSON has no NaN or Infinity, and the suite never prints them). Pure.
 * @internal
 */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      if (v instanceof Float64Array) return Array.from(v);
      return v;
    },
    indent,
  );
}
