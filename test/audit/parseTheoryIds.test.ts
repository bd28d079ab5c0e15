import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../properties/catalogue.js';
import { packageRoot } from '../../src/io/packageRoot.js';
import { parseTheoryIds } from '../../src/audit/parseTheoryIds.js';

describe('parseTheoryIds', () => {
  it('takes the code-span first cell of table rows, in order, and nothing else', () => {
    const text = [
      '| id | statement | expected |',
      '|---|---|---|',
      '| `gd-reaches-optimum` | GD ... | holds |',
      '|  `fa-limit-closed-form`  | FA ... | holds |',
      '| `gd` | a rule, not a claim id | - |',
      'text mentioning `fa-alignment-grows` outside a table',
      '| plain | `fa-alignment-monotone` in a later cell |',
    ].join('\n');
    expect(parseTheoryIds(text)).toEqual(['gd-reaches-optimum', 'fa-limit-closed-form']);
  });

  it("finds exactly the catalogue's ids in the project's THEORY.md, when it is there", () => {
    const path = join(packageRoot(), '..', 'shared', 'THEORY.md');
    const ids = existsSync(path) ? parseTheoryIds(readFileSync(path, 'utf8')) : catalogue.map((c) => c.id);
    expect([...ids].sort()).toEqual(catalogue.map((c) => c.id).sort());
  });
});
