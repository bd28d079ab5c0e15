/**
 * The bad-input table of the solve case format, shared by the parser tests and the CLI tests. Each
 * entry is the raw text of a case file (so that literals such as `1e999` survive), the field the error
 * must name, and the offending value as the message must render it (absent for a missing field).
 */
export interface BadSolveCase {
  readonly name: string;
  readonly text: string;
  readonly field: string;
  readonly value?: string;
  /** Also run through the built command in a child process (each start costs about 0.3 s of CPU). */
  readonly endToEnd: boolean;
}

/** A good fa case: the base that every bad case changes in one field. */
export const GOOD_CASE = {
  Y: [
    [3, 0],
    [0, 1],
  ],
  r: 1,
  rule: 'fa',
  eta: 0.1,
  steps: 50,
  B: [[0.5], [0.3]],
} as const;

const withField = (patch: Record<string, unknown>): string => JSON.stringify({ ...GOOD_CASE, ...patch });

const without = (field: keyof typeof GOOD_CASE): string => {
  const copy: Record<string, unknown> = { ...GOOD_CASE };
  delete copy[field];
  return JSON.stringify(copy);
};

/** A good case, as the text of a case file. */
export const GOOD_CASE_TEXT = JSON.stringify(GOOD_CASE);

export const BAD_SOLVE_CASES: readonly BadSolveCase[] = [
  { name: 'missing Y', text: without('Y'), field: 'Y', endToEnd: true },
  { name: 'missing r', text: without('r'), field: 'r', endToEnd: true },
  { name: 'missing rule', text: without('rule'), field: 'rule', endToEnd: true },
  { name: 'missing eta', text: without('eta'), field: 'eta', endToEnd: true },
  { name: 'missing steps (and maxSteps)', text: without('steps'), field: 'steps', endToEnd: true },
  { name: 'ragged rows', text: withField({ Y: [[3, 0], [0]] }), field: 'Y[1]', value: '[0]', endToEnd: true },
  {
    name: 'a non-numeric entry',
    text: withField({
      Y: [
        [3, 0],
        [0, 'abc'],
      ],
    }),
    field: 'Y[1][1]',
    value: 'abc',
    endToEnd: true,
  },
  {
    name: 'a huge literal in Y (1e999 parses to Infinity)',
    text: GOOD_CASE_TEXT.replace('[0,1]', '[0,1e999]'),
    field: 'Y[1][1]',
    value: 'Infinity',
    endToEnd: true,
  },
  {
    name: 'a huge literal for eta',
    text: GOOD_CASE_TEXT.replace('"eta":0.1', '"eta":1e999'),
    field: 'eta',
    value: 'Infinity',
    endToEnd: false,
  },
  {
    name: 'B of the wrong shape',
    text: withField({
      B: [
        [0.5, 1],
        [0.3, 1],
      ],
    }),
    field: 'B',
    value: '2 x 2',
    endToEnd: true,
  },
  { name: 'r = 0', text: withField({ r: 0 }), field: 'r', value: '0', endToEnd: true },
  { name: 'r = 1.5', text: withField({ r: 1.5 }), field: 'r', value: '1.5', endToEnd: true },
  { name: 'eta = 0', text: withField({ eta: 0 }), field: 'eta', value: '0', endToEnd: true },
  { name: 'eta = -1', text: withField({ eta: -1 }), field: 'eta', value: '-1', endToEnd: true },
  {
    name: 'an unknown rule',
    text: withField({ rule: 'sgd-typo' }),
    field: 'rule',
    value: 'sgd-typo',
    endToEnd: true,
  },
  { name: 'fa without B', text: without('B'), field: 'B', endToEnd: true },
  { name: 'kp without lambda', text: withField({ rule: 'kp' }), field: 'lambda', endToEnd: true },
  {
    name: 'a negative lambda',
    text: withField({ rule: 'kp', lambda: -0.1 }),
    field: 'lambda',
    value: '-0.1',
    endToEnd: true,
  },
  {
    name: 'eta lambda >= 1',
    text: withField({ lambda: 10 }),
    field: 'lambda',
    value: '10',
    endToEnd: false,
  },
  { name: 'mixed without rho', text: withField({ rule: 'mixed' }), field: 'rho', endToEnd: true },
  {
    name: 'rho above 1',
    text: withField({ rule: 'mixed', rho: 1.5 }),
    field: 'rho',
    value: '1.5',
    endToEnd: true,
  },
  {
    name: 'rho for a rule without it',
    text: withField({ rho: 0.5 }),
    field: 'rho',
    value: '0.5',
    endToEnd: false,
  },
  {
    name: 'gd without initial factors',
    text: JSON.stringify({ Y: GOOD_CASE.Y, r: 1, rule: 'gd', eta: 0.1, steps: 50 }),
    field: 'init',
    endToEnd: true,
  },
  {
    name: 'both steps and maxSteps',
    text: withField({ maxSteps: 60 }),
    field: 'steps',
    value: '50',
    endToEnd: true,
  },
  { name: 'Z0 without W0', text: withField({ Z0: [[0.1], [0.2]] }), field: 'W0', endToEnd: false },
  { name: 'an empty Y', text: withField({ Y: [] }), field: 'Y', endToEnd: false },
  { name: 'an empty B', text: withField({ B: [] }), field: 'B', endToEnd: false },
  { name: 'a case that is an array', text: '[1, 2]', field: 'case', value: '[1,2]', endToEnd: false },
  {
    name: 'reduce not a boolean',
    text: withField({ reduce: 'yes' }),
    field: 'reduce',
    value: 'yes',
    endToEnd: false,
  },
  {
    name: "a misspelt key ('tolerance' for 'tol')",
    text: withField({ tolerance: 1e-3 }),
    field: 'case',
    value: "unknown field 'tolerance' (did you mean 'tol'?)",
    endToEnd: true,
  },
  {
    name: "a misspelt key inside init ('sede' for 'seed')",
    text: JSON.stringify({
      Y: GOOD_CASE.Y,
      r: 1,
      rule: 'gd',
      eta: 0.1,
      steps: 5,
      init: { scale: 0.1, sede: 's' },
    }),
    field: 'init',
    value: "unknown field 'sede' (did you mean 'seed'?)",
    endToEnd: true,
  },
  {
    name: 'steps = 1e15 (above the bound of 1e9)',
    text: withField({ steps: 1e15 }),
    field: 'steps',
    value: '1000000000000000',
    endToEnd: true,
  },
  {
    name: 'maxSteps = 1e10',
    text: JSON.stringify({ ...GOOD_CASE, steps: undefined, maxSteps: 1e10 }),
    field: 'maxSteps',
    value: '10000000000',
    endToEnd: false,
  },
  {
    name: 'r = 1e9 (above the bound of 4096)',
    text: withField({ r: 1e9 }),
    field: 'r',
    value: '1000000000',
    endToEnd: true,
  },
  {
    name: 'a trace of 10^8 points',
    text: withField({ steps: 1e8, traceEvery: 1 }),
    field: 'traceEvery',
    value: 'take traceEvery >= 100',
    endToEnd: false,
  },
  {
    name: 'unknown kernels',
    text: withField({ kernels: 'gpu' }),
    field: 'kernels',
    value: 'gpu',
    endToEnd: true,
  },
];
