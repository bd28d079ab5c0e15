import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/audit/runCommand.js';

describe('runCommand', () => {
  it('collects stdout and stderr and resolves with a non-zero exit code', async () => {
    const seen: string[] = [];
    const script = "process.stdout.write('out'); process.stderr.write('err'); process.exit(3)";
    const run = await runCommand(process.execPath, ['-e', script], {
      cwd: process.cwd(),
      onStderr: (s) => seen.push(s),
    });
    expect(run).toMatchObject({ code: 3, signal: null, stdout: 'out', stderr: 'err' });
    expect(seen.join('')).toBe('err');
    expect(run.seconds).toBeGreaterThan(0);
  });

  it('passes extra environment variables and the working directory', async () => {
    const run = await runCommand(
      process.execPath,
      ['-e', 'process.stdout.write(process.env.FA_X + process.cwd())'],
      {
        cwd: '/',
        env: { FA_X: 'x:' },
      },
    );
    expect(run.stdout).toBe('x:/');
    expect(run.code).toBe(0);
  });

  it('reports a process ended by a signal as exit -1 with the signal', async () => {
    const run = await runCommand(process.execPath, ['-e', "process.kill(process.pid, 'SIGTERM')"], {
      cwd: '/',
    });
    expect(run).toMatchObject({ code: -1, signal: 'SIGTERM' });
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runCommand('/nonexistent/command', [], { cwd: '/' })).rejects.toThrow('ENOENT');
  });
});
