import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFailedTests } from '../../src/audit/listFailedTests.js';

const root = join('/', 'pkg');

describe('listFailedTests', () => {
  it('names each failed test as file > suites > test, and each file that failed without one', () => {
    const report = {
      testResults: [
        {
          name: join(root, 'test', 'a.test.ts'),
          status: 'failed',
          message: '',
          assertionResults: [
            { ancestorTitles: ['a'], title: 'passes', status: 'passed' },
            { ancestorTitles: ['a', 'b'], title: 'fails', status: 'failed' },
            { ancestorTitles: [], title: 'top level', status: 'failed' },
            { ancestorTitles: ['a'], title: 'skipped', status: 'skipped' },
          ],
        },
        { name: join(root, 'test', 'ok.test.ts'), status: 'passed', message: '', assertionResults: [] },
        {
          name: join(root, 'test', 'import.test.ts'),
          status: 'failed',
          message: 'Error: Cannot find module x\n    at line 2',
          assertionResults: [],
        },
        { name: join(root, 'test', 'hook.test.ts'), status: 'failed' },
        { name: join('/', 'elsewhere', 'e.test.ts'), status: 'failed', message: 'boom' },
        { status: 'failed', message: 'no name' },
      ],
    };
    expect(listFailedTests(report, root)).toEqual([
      'test/a.test.ts > a > b > fails',
      'test/a.test.ts > top level',
      'test/import.test.ts (Error: Cannot find module x)',
      'test/hook.test.ts (the file failed)',
      `${join('/', 'elsewhere', 'e.test.ts')} (boom)`,
      '(unnamed file) (no name)',
    ]);
  });

  it('gives nothing for a passing report or anything that is not a report', () => {
    const passing = {
      testResults: [
        {
          name: join(root, 'a.test.ts'),
          status: 'passed',
          assertionResults: [{ title: 't', status: 'passed' }],
        },
      ],
    };
    expect(listFailedTests(passing, root)).toEqual([]);
    for (const junk of [null, undefined, 3, 'text', [], {}, { testResults: 'x' }]) {
      expect(listFailedTests(junk, root)).toEqual([]);
    }
  });
});
