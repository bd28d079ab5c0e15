import { describe, expect, it } from 'vitest';
import { mutationFigures, type StrykerMutant, type StrykerReport } from '../../src/audit/mutationFigures.js';

let id = 0;
const mutant = (status: string, line = 1, mutatorName = 'ArithmeticOperator'): StrykerMutant => ({
  id: String(id++),
  mutatorName,
  replacement: 'a - b',
  status,
  location: { start: { line, column: 3 } },
});

describe('mutationFigures', () => {
  it("computes Stryker's score: (killed + timeout) / (killed + timeout + survived + no coverage)", () => {
    const report: StrykerReport = {
      files: {
        'src/a.ts': {
          mutants: [mutant('Killed'), mutant('Killed'), mutant('Timeout'), mutant('Survived', 9)],
        },
        'src/b.ts': {
          mutants: [
            mutant('NoCoverage', 4),
            mutant('CompileError'),
            mutant('RuntimeError'),
            mutant('Ignored'),
          ],
        },
      },
    };
    const f = mutationFigures(report);
    expect(f.detected).toBe(3);
    expect(f.valid).toBe(5);
    expect(Math.abs(f.score - 60)).toBeLessThanOrEqual(1e-12);
    expect(f.byStatus).toEqual({
      Killed: 2,
      Timeout: 1,
      Survived: 1,
      NoCoverage: 1,
      CompileError: 1,
      RuntimeError: 1,
      Ignored: 1,
    });
    expect(f.byFile).toEqual({
      'src/a.ts': { valid: 4, detected: 3 },
      'src/b.ts': { valid: 1, detected: 0 },
    });
    expect(f.survivors.map((s) => `${s.file}:${s.line} ${s.status}`)).toEqual([
      'src/a.ts:9 Survived',
      'src/b.ts:4 NoCoverage',
    ]);
  });

  it('sorts survivors by file, line and column, and keeps mutator and replacement', () => {
    const report: StrykerReport = {
      files: { 'src/z.ts': { mutants: [mutant('Survived', 8, 'EqualityOperator'), mutant('Survived', 2)] } },
    };
    const [first, second] = mutationFigures(report).survivors;
    expect([first.line, second.line]).toEqual([2, 8]);
    expect(second).toMatchObject({ mutator: 'EqualityOperator', replacement: 'a - b', column: 3 });
  });

  it('gives a NaN score when no mutant counts (so that any threshold check fails)', () => {
    expect(mutationFigures({ files: {} }).score).toBeNaN();
    expect(mutationFigures({ files: { 'src/a.ts': { mutants: [mutant('CompileError')] } } }).score).toBeNaN();
  });
});
