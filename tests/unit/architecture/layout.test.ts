/**
 * The source tree explains the architecture (README "Layout"): few loose modules, small files,
 * folders of src/lib/ that depend on each other one way only, and every environment variable
 * the code reads documented.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site';

const SRC = join(PROJECT_ROOT, 'src');
const LIB = join(SRC, 'lib');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

const SOURCE = /\.(ts|mjs|astro|css)$/;
const sourceFiles = listFiles(SRC).filter((file) => SOURCE.test(file));

/** The first folder of src/lib/ a file is in (`render` for src/lib/render/plugins/x.ts); the file's own name for a loose module. */
function libArea(file: string): string | undefined {
  const path = relative(LIB, file);
  if (path.startsWith('..')) return undefined;
  return path.split(sep)[0];
}

/** Relative import specifiers of a file. */
function relativeImports(text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
}

/** Folder → folders it imports from (type-only imports included: they are dependencies of the design too). */
function areaGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles) {
    const from = libArea(file);
    if (!from) continue;
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const to = libArea(resolve(dirname(file), specifier));
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${relative(PROJECT_ROOT, file)} imports ${specifier}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** A cycle through the graph, as its edges' examples, or undefined. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        return cycle.slice(1).map((to, i) => graph.get(cycle[i]!)!.get(to)!);
      }
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return undefined;
}

describe('the source tree', () => {
  test('src/lib/ holds at most three loose modules; the rest is in folders', () => {
    const loose = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isFile() && SOURCE.test(name));
    expect(loose.length, loose.join(', ')).toBeLessThanOrEqual(3);
  });

  test('no source file in src/ is over 400 lines', () => {
    const long = sourceFiles
      .map((file) => ({ file: relative(PROJECT_ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });

  test('the folders of src/lib/ import each other one way only', () => {
    const graph = areaGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeUndefined();
  });

  test('the cycle finder finds a cycle', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a→b']])],
      ['b', new Map([['a', 'b→a']])],
    ]);
    expect(findCycle(graph)).toEqual(['a→b', 'b→a']);
  });

  test('every environment variable the code reads is documented in the README', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const files = [...sourceFiles, join(PROJECT_ROOT, 'astro.config.mjs'), ...listFiles(join(PROJECT_ROOT, 'tests/helpers')), ...listFiles(join(PROJECT_ROOT, 'tests/tools'))];
    const variables = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?<!meta\.)\b(?:env|environment)(?:\[['"]|\.)([A-Z][A-Z0-9_]+)/g)) variables.add(match[1]!);
    }
    expect(variables.size).toBeGreaterThan(3);
    /** The system's own variables, passed through, not settings of Sourced. */
    const system = new Set(['PATH', 'HOME']);
    const undocumented = [...variables].filter((name) => !system.has(name) && !readme.includes(`\`${name}\``)).sort();
    expect(undocumented).toEqual([]);
  });
});
