import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/io/packageRoot.js';

describe('packageRoot', () => {
  it("finds this package's root from the module and from a directory below it", () => {
    const root = packageRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('fa-verify');
    expect(packageRoot(join(root, 'src', 'audit'))).toBe(root);
    expect(existsSync(join(root, 'properties', 'catalogue.ts'))).toBe(true);
  });

  it('throws when no directory up to / holds a package.json', () => {
    expect(() => packageRoot('/')).toThrow('no package.json at or above /');
  });
});
