import { describe, expect, it } from 'vitest';
import type { Teeth } from '../../src/audit/checkTeeth.js';
import { formatTeethSection } from '../../src/audit/formatTeethSection.js';

const teeth: Teeth = {
  options: { runs: 100, seeds: [7, 8], maxSize: 8 },
  faults: [
    { id: 'sign', description: 'FA sends -B backwards' },
    { id: 'pipe', description: 'a | in its description' },
    { id: 'half', description: 'the flow stops at tEnd / 2' },
  ],
  claims: [
    {
      claim: 'a',
      caught: ['sign'],
      errors: ['pipe'],
      missed: ['half'],
      runs: [
        { fault: 'sign', seed: 7, outcome: 'refuted', sides: { n: 1, m: 1, rankY: 1, r: 1 }, seconds: 1 },
        { fault: 'sign', seed: 8, outcome: 'refuted', sides: { n: 2, m: 1, rankY: 1, r: 1 }, seconds: 1 },
        { fault: 'pipe', seed: 7, outcome: 'error', error: 'threw | here', seconds: 1 },
        { fault: 'pipe', seed: 8, outcome: 'holds', seconds: 1 },
        { fault: 'half', seed: 7, outcome: 'holds', seconds: 1 },
        { fault: 'half', seed: 8, outcome: 'holds', seconds: 1 },
      ],
      pass: true,
    },
    { claim: 'b', caught: [], errors: [], missed: ['sign', 'pipe', 'half'], runs: [], pass: false },
  ],
  uncaught: ['pipe', 'half'],
  seconds: 12.34,
  pass: false,
};

describe('formatTeethSection', () => {
  it('gives per claim the faults caught with their sides, errors and misses, and FAIL for a claim without teeth', () => {
    const md = formatTeethSection(teeth);
    expect(md).toContain('## Teeth (planted faults)');
    expect(md).toContain(
      'each of the 3 faults of `src/faults/` planted (100 cases, sides up to 8, seeds 7, 8)',
    );
    expect(md).toContain('12.3 s; **FAIL**.');
    expect(md).toContain(
      '| a | `sign` (1 x 1, rank 1, r = 1 / 2 x 1, rank 1, r = 1) | `pipe` (threw \\| here) | half | pass |',
    );
    expect(md).toContain('| b | - | - | sign, pipe, half | **FAIL: no teeth** |');
    expect(md).toContain('| `sign` | FA sends -B backwards | a |');
    expect(md).toContain('| `pipe` | a \\| in its description | - |');
    expect(md).toContain('Faults no claim catches (2; allowed, each claim needs one): `pipe`, `half`');
  });

  it('says pass with one seed, nothing uncaught, the same sides once', () => {
    const [a] = teeth.claims;
    const md = formatTeethSection({
      ...teeth,
      options: { ...teeth.options, seeds: [7] },
      claims: [{ ...a, runs: [a.runs[0], { ...a.runs[0], seed: 8 }] }],
      uncaught: [],
      pass: true,
    });
    expect(md).toContain('seed 7):');
    expect(md).toContain('**pass**.');
    expect(md).toContain('| a | `sign` (1 x 1, rank 1, r = 1) |');
    expect(md).toContain('Faults no claim catches (0; allowed, each claim needs one): -');
  });

  it('says Skipped when the part did not run', () => {
    expect(formatTeethSection(null)).toBe('## Teeth (planted faults)\n\nSkipped.\n');
  });
});
