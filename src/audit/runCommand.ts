import { spawn } from 'node:child_process';

/** What a child process did. @internal */
export interface CommandRun {
  /** The exit code, or -1 when a signal ended the process (`signal` names it). */
  readonly code: number;
  readonly signal: string | null;
  readonly seconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCommand}. @internal */
export interface RunCommandOptions {
  readonly cwd: string;
  /** Extra environment variables (the rest is inherited). */
  readonly env?: Readonly<Record<string, string>>;
  /** Copy the child's stderr to this sink as it arrives (progress for long runs). */
  readonly onStderr?: (chunk: string) => void;
}

/**
 * Runs `command args` as a child process (no shell) and collects its output. Resolves with the exit
 * code, also when it is non-zero; rejects only when the process cannot be started.
 * @internal
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandRun> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      options.onStderr?.(s);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code: code ?? -1, signal, seconds: (performance.now() - start) / 1000, stdout, stderr });
    });
  });
}
