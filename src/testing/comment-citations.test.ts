import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationProblem, commentCitations } from './doc-citations.ts';

/**
 * Comments cite docs/architecture.md (a section) or a connectFi doc file and heading, never a
 * design file outside the repository nor a tracker issue number, which a reader of the repository
 * cannot follow (docs/architecture.md, first paragraph). Scans code, scripts and the project's own
 * Markdown; the connectFi docs under docs/connectfi/ are quoted as they are and not scanned.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SELF = path
  .relative(ROOT, fileURLToPath(import.meta.url))
  .split(path.sep)
  .join('/');
const DIRS = ['src', 'suites', 'scripts', 'bin', 'docs', 'contracts', 'schemas'];
const TEXT = /\.(?:ts|mts|js|mjs|cjs|css|md)$/;

const RULES: { name: string; pattern: RegExp; skip?: RegExp }[] = [
  { name: 'names the design file outside the repository', pattern: /\bDESIGN\.md\b/ },
  { name: 'names a tracker issue', pattern: /\b[Ii]ssues? #?\d+\b/ },
  // A bare "#12" (an issue of this tracker); "owner/repo#12", HTML entities ("&#10;") and CSS
  // colours are not tracker references.
  { name: 'names a tracker issue number', pattern: /(?:^|[\s([{,;:])#\d+\b/, skip: /\.css$/ },
];

function scanned(): string[] {
  const top = readdirSync(ROOT).filter((f) => /\.(?:ts|mts|md)$/.test(f));
  const nested = DIRS.filter((d) => existsSync(path.join(ROOT, d))).flatMap((d) =>
    readdirSync(path.join(ROOT, d), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && TEXT.test(e.name))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  return [...top, ...nested].filter((f) => f !== SELF && !f.startsWith('docs/connectfi/') && !f.includes('node_modules/'));
}

function offences(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const rule of RULES)
      if (!rule.skip?.test(file) && rule.pattern.test(line)) out.push(`${file}:${i + 1} ${rule.name}: ${line.trim().slice(0, 120)}`);
  });
  return out;
}

describe('comments cite the repository or the connectFi docs (docs/architecture.md)', () => {
  it('no file names the design notes outside the repository or a tracker issue number', () => {
    const files = scanned();
    expect(files.length).toBeGreaterThan(200);
    expect(files.flatMap((f) => offences(f, readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('catches each form and lets the look-alikes through (fixtures)', () => {
    const flagged = (line: string, file = 'src/x.ts') => offences(file, line).length > 0;
    // Spelled in parts, so that this file does not read as an offence to a plain grep.
    for (const line of [
      `// see ${'DESIGN'}.md, "Layout"`,
      '// issue 4: retries',
      '/* Issue 12, "Acceptance" */',
      '// fixed in #42',
      '// (#7)',
    ])
      expect(flagged(line), line).toBe(true);
    for (const line of ['// nodejs/node#54232', "replace(/\\n/g, '&#10;')", '// the issues of the docs', '// 4 issues'])
      expect(flagged(line), line).toBe(false);
    expect(flagged('  --passed: #1a7f37; --muted: #000;', 'src/reporting/assets/report.css')).toBe(false);
  });
});

// The code whose comments cite: the product's folders, where a citation must lead somewhere.
const CODE_DIRS = ['src', 'suites', 'scripts', 'bin', 'examples'];
const CODE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;

function codeFiles(): string[] {
  return CODE_DIRS.filter((d) => existsSync(path.join(ROOT, d))).flatMap((d) =>
    readdirSync(path.join(ROOT, d), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && CODE.test(e.name) && !e.parentPath.includes('node_modules'))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((f) => f !== SELF),
  );
}

describe('the sections comments cite exist (docs/architecture.md, first paragraph)', () => {
  it('every `<file>.md, "<heading>"` and `<doc>.txt, "<heading>"` cited in code names an existing file and heading', () => {
    const cited = codeFiles().flatMap((f) =>
      commentCitations(readFileSync(path.join(ROOT, f), 'utf8')).map((c) => ({ ...c, where: `${f}:${c.line}` })),
    );
    expect(cited.length).toBeGreaterThan(150);
    expect(cited.some((c) => c.file === 'docs/architecture.md')).toBe(true);
    const broken = cited.flatMap((c) => {
      const problem = citationProblem(c.file, c.heading);
      return problem ? [`${c.where} ${c.file}, "${c.heading}": ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('reads a citation over comment lines, README alone, and not a quote of the text (fixtures)', () => {
    const text = [
      '/**',
      ' * How wide a run goes (docs/architecture.md, "Jobs and',
      ' * entry points"). Success: README.md, "Error envelope"; ibis-overview.txt "Reissue a Card".',
      ' */',
      '// (README, "Exit codes"); ibis-overview.txt: "only card-to-card transfers can be reversed"',
      "const doc = { file: 'README.md', heading: 'Error envelope' };",
    ].join('\n');
    expect(commentCitations(text)).toEqual([
      { file: 'docs/architecture.md', heading: 'Jobs and entry points', line: 2 },
      { file: 'README.md', heading: 'Error envelope', line: 3 },
      { file: 'ibis-overview.txt', heading: 'Reissue a Card', line: 3 },
      { file: 'README.md', heading: 'Exit codes', line: 5 },
    ]);
  });

  it('resolves a heading by its text or its name before a parenthetical, and names what is missing (fixtures)', () => {
    expect(citationProblem('docs/architecture.md', 'Layers')).toBeUndefined();
    // docs/connectfi/README.md: "### Error envelope (`/OVERVIEW/Getting-Started/Error-Handling/`, ...)".
    expect(citationProblem('README.md', 'Error envelope')).toBeUndefined();
    expect(citationProblem('ibis-overview.txt', 'Allowed Status Changes')).toBeUndefined();
    expect(citationProblem('docs/architecture.md', 'harness')).toBe('no heading "harness" in docs/architecture.md');
    // A connectFi doc's heading is a whole line, not words inside one.
    expect(citationProblem('ibis-overview.txt', 'Card Status Codes')).toBe(
      'no heading "Card Status Codes" in docs/connectfi/ibis-overview.txt',
    );
    expect(citationProblem('ibis-card-reissue.txt', 'Reissue a Card')).toMatch(/^no file ibis-card-reissue\.txt/);
  });
});
