import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every folder of src/ says what it owns, and the README's map names every folder.
const folders = readdirSync('src').filter((name) => statSync(join('src', name)).isDirectory());

describe('layout', () => {
  it.each(folders)('src/%s has a README.md saying what it owns', (folder) => {
    const path = join('src', folder, 'README.md');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^# src/${folder}\\n\\n\\S.{40,}`));
  });

  it('the README map of "How the parts fit" names every folder of src/', () => {
    const readme = readFileSync('README.md', 'utf8');
    const map = readme.slice(
      readme.indexOf('## How the parts fit'),
      readme.indexOf('The FA step is computed'),
    );
    expect(folders.filter((f) => !map.includes(`src/${f}/`))).toEqual([]);
  });
});
