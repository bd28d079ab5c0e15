// Import cycles stay out (lint:check runs this after eslint). Reads every .ts file under src/ and
// properties/, follows relative imports (static `import`/`export ... from`, type-only ones included,
// and dynamic `import('...')`), and fails, one line per finding, when
//   - files import each other in a cycle,
//   - folders do (a folder imports from another that imports back from it, however indirectly),
//   - a file of src/ outside src/cli/ imports properties/catalogue.ts (runners take the claims as an
//     argument: only the command line and the tests pick the catalogue).
// Exit 0 and one summary line otherwise.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

// The tree to check: the repository this script belongs to, or the folder given as the one argument.
const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const files = [];
const walk = (dir) => {
  if (!existsSync(join(root, dir))) return;
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) walk(path);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(normalize(path));
  }
};
walk('src');
walk('properties');

const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const graph = new Map();
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\s*(\/\/.*|\*.*|\/\*.*)$/gm, '');
  const targets = new Set();
  for (const m of text.matchAll(SPEC)) {
    const target = normalize(join(dirname(file), m[1])).replace(/\.js$/, '.ts');
    if (files.includes(target)) targets.add(target);
  }
  graph.set(file, targets);
}

/** Strongly connected components of a graph (Tarjan), those with more than one node. */
function cycles(g) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const folders = new Map();
const why = new Map();
for (const [file, targets] of graph) {
  const from = dirname(file);
  for (const target of targets) {
    const to = dirname(target);
    if (from === to) continue;
    if (!folders.has(from)) folders.set(from, new Set());
    folders.get(from).add(to);
    if (!why.has(`${from}>${to}`)) why.set(`${from}>${to}`, `${file} -> ${target}`);
  }
}

const problems = [];
for (const comp of cycles(graph)) problems.push(`file cycle: ${comp.join(', ')}`);
for (const comp of cycles(folders)) {
  const edges = [];
  for (const a of comp)
    for (const b of folders.get(a) ?? []) if (comp.includes(b)) edges.push(why.get(`${a}>${b}`));
  problems.push(`folder cycle: ${comp.join(' <-> ')} (${edges.join('; ')})`);
}
const catalogue = normalize('properties/catalogue.ts');
for (const [file, targets] of graph) {
  if (file.startsWith(normalize('src/')) && !file.startsWith(normalize('src/cli/')) && targets.has(catalogue))
    problems.push(
      `${file} imports ${catalogue}: runners take the claims as an argument; only src/cli and test pick the catalogue`,
    );
}

for (const p of problems) process.stderr.write(`checkImportCycles: ${p}\n`);
if (problems.length > 0) process.exit(1);
process.stdout.write(`checkImportCycles: ${graph.size} files of src/ and properties/, no import cycle\n`);
