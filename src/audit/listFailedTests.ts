import { isAbsolute, relative } from 'node:path';

/** The part of vitest's JSON report (`--reporter=json`) that names what failed. */
interface VitestJson {
  readonly testResults?: ReadonlyArray<{
    readonly name?: string;
    readonly status?: string;
    readonly message?: string;
    readonly assertionResults?: ReadonlyArray<{
      readonly ancestorTitles?: readonly string[];
      readonly title?: string;
      readonly status?: string;
    }>;
  }>;
}

/**
 * What failed in a vitest run, from its JSON report: each failed test as `file > suite > test` (the
 * file relative to `root`), and each file that failed without a failed test (an import error, a
 * failing hook) as `file (message)`, in report order. Anything that is not such a report gives `[]`.
 * Pure.
 * @internal
 */
export function listFailedTests(report: unknown, root: string): string[] {
  const files = (report as VitestJson | null)?.testResults;
  if (!Array.isArray(files)) return [];
  const failed: string[] = [];
  for (const file of files as NonNullable<VitestJson['testResults']>) {
    const name = typeof file.name === 'string' ? displayPath(file.name, root) : '(unnamed file)';
    const tests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of tests) failed.push([name, ...(t.ancestorTitles ?? []), t.title ?? ''].join(' > '));
    if (tests.length === 0 && file.status === 'failed') {
      const message = (file.message ?? '').split('\n')[0].trim();
      failed.push(message === '' ? `${name} (the file failed)` : `${name} (${message})`);
    }
  }
  return failed;
}

function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
}
