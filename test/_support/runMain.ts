import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliRun } from './cliOutput.js';

/** The command line in process: `main(argv)` with stdout and stderr captured (and restored after). */
export async function runMain(...argv: string[]): Promise<CliRun & { readonly code: number }> {
  let stdout = '';
  let stderr = '';
  const capture = (sink: (s: string) => void) => (chunk: string | Uint8Array) => {
    sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((s) => (stdout += s)) as never);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((s) => (stderr += s)) as never);
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
