/**
 * An error the CLI reports as one line on stderr, with an exit code (2: bad usage or input).
 * @internal
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
