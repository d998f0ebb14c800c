import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTestOnly } from '../../bin/build-state.mjs';

// Found from this file, not from src/api: src/testing sits below every layer it checks.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Enforces the layer order of docs/architecture.md, "Layers": the table there is read, not copied,
 * so the document and this test cannot drift apart. A file may import its own folder and any folder
 * of a lower level; never a folder of its own level or of a higher one.
 */
const ARCHITECTURE = path.join(ROOT, 'docs', 'architecture.md');
const SCANNED = ['src', 'suites', 'scripts'];
const SOURCE = /\.(?:ts|mts|js|mjs)$/;

interface Layer {
  level: number;
  folders: string[];
}

/** The rows of the table under "## Layers": | level | `folder`, `folder` | ... |. */
function readLayers(markdown: string): Layer[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Layers'));
  if (!section) throw new Error('docs/architecture.md has no "## Layers" section');
  const layers: Layer[] = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line);
    if (m) layers.push({ level: Number(m[1]), folders: [...m[2].matchAll(/`([^`]+)`/g)].map((f) => f[1]) });
  }
  return layers;
}

/** The rules beyond the order, as "- `from` never imports `to`" lines under "### Never". */
function readNever(markdown: string): [string, string][] {
  const section = markdown.split(/^### /m).find((s) => s.startsWith('Never'));
  if (!section) throw new Error('docs/architecture.md has no "### Never" section');
  return [...section.matchAll(/^- `([^`]+)` never imports `([^`]+)`/gm)].map((m) => [m[1], m[2]]);
}

/** What unit tests beside the code may import whatever their level: "- tests may import `x`" lines. */
function readTestExtras(markdown: string): string[] {
  return [...markdown.matchAll(/^- unit tests may import `([^`]+)`/gm)].map((m) => m[1]);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The project files `file` imports (static, dynamic, re-exports), as paths from the root. */
function importsOf(file: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)));
}

/**
 * A test, or test support (a file under a `testing/` folder): left out of the build and the package
 * (docs/architecture.md, "Test files"), by the rule bin/build-state.mjs applies.
 */
function testOnly(file: string): boolean {
  const parts = file.split('/');
  return isTestOnly(parts.at(-1)!, false) || parts.slice(0, -1).some((folder) => isTestOnly(folder, true));
}

/** The longest folder of the table that holds `file`. */
function folderOf(file: string, folders: string[]): string | undefined {
  return folders.filter((f) => file === f || file.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
}

interface Violation {
  file: string;
  imports: string;
  why: string;
}

function violations(markdown: string, sources: ReadonlyMap<string, string>): Violation[] {
  const layers = readLayers(markdown);
  const level = new Map(layers.flatMap((l) => l.folders.map((f) => [f, l.level] as const)));
  const folders = [...level.keys()];
  const never = readNever(markdown);
  const testExtras = readTestExtras(markdown);
  const out: Violation[] = [];
  for (const [file, source] of sources) {
    const from = folderOf(file, folders);
    if (!from) {
      out.push({ file, imports: '', why: 'its folder is not in the table of docs/architecture.md, "Layers"' });
      continue;
    }
    const isUnitTest = file.startsWith('src/') && /\.test\.ts$/.test(file);
    for (const target of importsOf(file, source)) {
      if (testOnly(target) && !testOnly(file)) {
        out.push({ file, imports: target, why: 'only tests and test support import test support: it is not built nor packed' });
        continue;
      }
      const to = folderOf(target, folders);
      if (!to) {
        if (!target.startsWith('node_modules/') && SCANNED.some((d) => target.startsWith(`${d}/`)))
          out.push({ file, imports: target, why: 'not in the layer table' });
        continue;
      }
      const banned = never.find(([a, b]) => (file === a || file.startsWith(`${a}/`)) && to === b);
      if (banned) {
        out.push({ file, imports: target, why: `${banned[0]} never imports ${banned[1]}` });
        continue;
      }
      if (to === from || level.get(to)! < level.get(from)!) continue;
      if (isUnitTest && testExtras.includes(to)) continue;
      const relation = level.get(to) === level.get(from) ? 'a folder of its own level' : 'a higher layer';
      out.push({ file, imports: target, why: `${from} (level ${level.get(from)}) imports ${to} (level ${level.get(to)}), ${relation}` });
    }
  }
  return out;
}

/**
 * The import cycles among `sources` (strongly connected components of more than one file, or a
 * file importing itself), each sorted. A cycle inside one folder breaks no layer rule, but a module
 * of it can be read before it has finished loading (main.ts loading the commands that import it).
 */
function cycles(sources: ReadonlyMap<string, string>): string[][] {
  const graph = new Map([...sources].map(([file, source]) => [file, importsOf(file, source).filter((t) => sources.has(t))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  // Tarjan's algorithm; the graph has a few hundred files, so recursion depth is no concern.
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file)!) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const markdown = readFileSync(ARCHITECTURE, 'utf8');

describe('import direction (docs/architecture.md, "Layers")', () => {
  it('reads a layer table that names every folder once, from generated/ at the bottom to the CLI at the top', () => {
    const layers = readLayers(markdown);
    const all = layers.flatMap((l) => l.folders);
    expect(new Set(all).size).toBe(all.length);
    for (const f of [
      'generated',
      'src/errors.ts',
      'src/util',
      'src/api',
      'src/client',
      'src/simulator',
      'src/proxy',
      'src/harness',
      'suites',
      'src/runner',
      'src/reporting',
      'src/cli',
    ]) {
      expect(all, f).toContain(f);
    }
    const levelOf = (f: string) => layers.find((l) => l.folders.includes(f))!.level;
    expect(levelOf('src/cli')).toBe(Math.max(...layers.filter((l) => !l.folders.includes('scripts')).map((l) => l.level)));
    expect(levelOf('src/errors.ts')).toBe(0);
    expect(readNever(markdown)).toContainEqual(['src/harness', 'src/simulator']);
  });

  it('finds no import from a folder to one of its own level or above', () => {
    const sources = new Map(SCANNED.flatMap((d) => files(path.join(ROOT, d))).map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
    expect(sources.size).toBeGreaterThan(200);
    expect(violations(markdown, sources)).toEqual([]);
  });

  it('finds no import cycle (the commands of src/cli share src/cli/command.ts, not main.ts)', () => {
    const sources = new Map(SCANNED.flatMap((d) => files(path.join(ROOT, d))).map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
    expect(cycles(sources)).toEqual([]);
  });

  it('catches a cycle, through a dynamic import or a type import too (fixtures)', () => {
    const sources = new Map([
      ['src/cli/main.ts', "const c = await import('./commands/run.ts');"],
      ['src/cli/commands/run.ts', "import type { Command } from '../main.ts';\nimport { x } from '../command.ts';"],
      ['src/cli/command.ts', "import { UsageError } from '../errors.ts';"],
      ['src/errors.ts', ''],
      ['src/util/a.ts', "import { a } from './a.ts';"],
    ]);
    expect(cycles(sources)).toEqual([['src/cli/commands/run.ts', 'src/cli/main.ts'], ['src/util/a.ts']]);
  });

  it('catches an upward import, a sideways import, a banned one, an unknown folder and code importing test support (fixtures)', () => {
    const sources = new Map([
      ['src/runner/config.ts', "import { x } from '../selfcheck/selfcheck.ts';"],
      ['src/simulator/app.ts', "export { y } from '../generators/index.ts';"],
      ['suites/live/pin.test.ts', "const s = await import('../../src/simulator/index.ts');"],
      ['src/nowhere/thing.ts', ''],
      ['src/client/client-simulator.test.ts', "import { startSimulator } from '../simulator/index.ts';"],
      ['src/cli/main.ts', "import { runConformance } from '../runner/run.ts';"],
      ['src/reporting/html-report.ts', "import { sampleReport } from './testing/sample-report.ts';"],
      ['src/reporting/junit-report.test.ts', "import { sampleReport } from './testing/sample-report.ts';"],
      ['src/proxy/testing/kit.ts', "import { harness } from '../../simulator/testing/harness.ts';"],
    ]);
    const found = violations(markdown, sources).map((v) => `${v.file} -> ${v.imports}`);
    expect(found).toEqual([
      'src/runner/config.ts -> src/selfcheck/selfcheck.ts',
      'src/simulator/app.ts -> src/generators/index.ts',
      'suites/live/pin.test.ts -> src/simulator/index.ts',
      'src/nowhere/thing.ts -> ',
      'src/reporting/html-report.ts -> src/reporting/testing/sample-report.ts',
    ]);
  });
});
