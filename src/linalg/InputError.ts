/**
 * Bad input to any solver entry (`solve`, `integrateFlow`, `trainTwoLayerNetwork`, the input
 * generators), named: the parameter (a field path such as `B` or `Y[1][0]`) and the offending value.
 * Its message is one line, meant for people; the CLI prints it without a stack trace.
 * @public
 */
export class InputError extends Error {
  readonly parameter: string;
  readonly value: unknown;
  /** What is wrong, without the parameter's name or the value (`must be > 0`). */
  readonly problem: string;

  constructor(parameter: string, value: unknown, problem: string) {
    super(`${parameter}: ${problem}${value === undefined ? '' : ` (got ${describeValue(value)})`}`);
    this.name = 'InputError';
    this.parameter = parameter;
    this.value = value;
    this.problem = problem;
  }
}

/** A short, one-line rendering of a value for an error message. */
function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'number')
    text = String(value); // keeps NaN and Infinity readable
  else if (Array.isArray(value) && Array.isArray(value[0])) {
    text = `${value.length} x ${(value[0] as unknown[]).length} matrix`;
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
