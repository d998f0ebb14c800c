import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOC_BLOCK_CLAIMS, NOT_RUN, PLACEHOLDER } from './doc-command-claims.ts';
import { anchors, brokenLinks, githubSlug, relativeLinks } from './markdown-links.ts';
import { docBlockAfter, docBlocks, docFiles, readDoc } from './readme-commands.ts';

/**
 * The README routes and the guides hold the rest (docs/contributing.md, "Test lanes"): the README
 * stays short, every relative link and anchor between them resolves, and every command of their
 * ```sh blocks is claimed by a test that runs it (src/testing/doc-command-claims.ts).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = docFiles();

describe('the README and the guides under docs/', () => {
  it('the README is at most 300 lines and routes to at least three guides', () => {
    const readme = readDoc('README.md');
    expect(readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(300);
    const guides = new Set(
      relativeLinks(readme)
        .map((l) => l.file)
        .filter((f) => /^docs\/[a-z-]+\.md$/.test(f)),
    );
    expect(guides.size).toBeGreaterThanOrEqual(3);
  });

  it('every relative link names an existing file, and every #anchor an existing heading', () => {
    expect(FILES).toEqual(expect.arrayContaining(['README.md', 'docs/ci.md', 'docs/integrators.md', 'docs/providers.md']));
    const problems = FILES.flatMap((file) => brokenLinks(file, readDoc(file), ROOT, (f) => readDoc(f)));
    expect(problems).toEqual([]);
    expect(FILES.reduce((n, file) => n + relativeLinks(readDoc(file)).length, 0)).toBeGreaterThan(10);
  });

  it('a broken link, a missing file and a missing anchor are each reported', () => {
    const doc = '# T\n\n## Two words\n\n[ok](#two-words) [a](#nope) [b](docs/missing.md) [c](docs/ci.md#no-such) `[d](#code)`\n';
    const read = (f: string): string => (f === 'README.md' ? doc : readDoc(f));
    const problems = brokenLinks('README.md', doc, ROOT, read);
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      '[a](#nope): README.md has no heading #nope',
      '[b](docs/missing.md): docs/missing.md does not exist',
      '[c](docs/ci.md#no-such): docs/ci.md has no heading #no-such',
    ]);
  });

  it('slugs headings as GitHub does: punctuation dropped, code spans kept as text, repeats numbered', () => {
    expect(githubSlug('Self-check: does the suite catch a non-conformant provider?')).toBe(
      'self-check-does-the-suite-catch-a-non-conformant-provider',
    );
    expect(githubSlug('Forcing outcomes (`/__simulator/outcomes`)')).toBe('forcing-outcomes-__simulatoroutcomes');
    expect(githubSlug('The [GitHub](https://github.com) Action')).toBe('the-github-action');
    expect([...anchors('## A\n```\n## not a heading\n```\n## A\n')]).toEqual(['a', 'a-1']);
  });
});

describe('every command of the README and the guides runs in a test', () => {
  const blocks = FILES.flatMap((file) => docBlocks(file));

  it('every ```sh block is claimed by exactly one test, and every claim finds its block', () => {
    const claimed = DOC_BLOCK_CLAIMS.map((c) => {
      const block = docBlockAfter(c.file, c.after);
      return `${block.file}@${block.offset}`;
    });
    expect(new Set(claimed).size, 'two claims on one block').toBe(claimed.length);
    const unclaimed = blocks.filter((b) => !claimed.includes(`${b.file}@${b.offset}`));
    expect(
      unclaimed.map((b) => `${b.file} under "${b.heading}": ${b.commands.map((c) => c.line).join(' | ')}`),
      'add a claim to src/testing/doc-command-claims.ts and run the block in its test',
    ).toEqual([]);
    expect(blocks.length).toBe(DOC_BLOCK_CLAIMS.length);
  });

  it('a test file runs each claimed block by its id', () => {
    const tests = ['src', 'suites', 'scripts', 'examples']
      .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
      .filter((f) => f.endsWith('.test.ts'));
    const sources = tests.map((f) => readFileSync(path.join(ROOT, f), 'utf8'));
    for (const c of DOC_BLOCK_CLAIMS) {
      const runs = new RegExp(`\\b(?:runClaimedBlock|claimedBlock)\\('${c.id}'`);
      expect(
        tests.filter((_, i) => runs.test(sources[i])),
        `no test runs runClaimedBlock('${c.id}', ...)`,
      ).not.toEqual([]);
    }
  });

  it('only placeholders are replaced, and only lines that offer an alternative run as it', () => {
    for (const c of DOC_BLOCK_CLAIMS) {
      const lines = docBlockAfter(c.file, c.after).commands;
      for (const text of Object.keys(c.placeholders ?? {})) {
        expect(text, `${c.id}: not a placeholder`).toMatch(PLACEHOLDER);
        expect(
          lines.some((l) => l.line.includes(text)),
          `${c.id}: ${text} is in no line`,
        ).toBe(true);
      }
      for (const line of Object.keys(c.alternatives ?? {})) {
        expect(lines.find((l) => l.line === line)?.comment, `${c.id}: ${line}`).toMatch(/^or: \S/);
      }
    }
  });

  it('the lines no test starts are lines .ci/run runs, and each is in a block', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8').split('\n');
    const lines = blocks.flatMap((b) => b.commands.map((c) => c.line));
    for (const line of Object.keys(NOT_RUN)) {
      expect(ci, `.ci/run runs ${line}`).toContain(line);
      expect(lines, `a block shows ${line}`).toContain(line);
    }
  });

  it('commands are shown in sh blocks only: no other fenced block holds a shell command', () => {
    for (const file of FILES) {
      for (const m of readDoc(file).matchAll(/^```([a-z]*)\n([\s\S]*?)^```/gm)) {
        if (m[1] === 'sh') continue;
        expect(m[1], `${file}: use sh for shell blocks`).not.toMatch(/^(bash|shell|console|zsh)$/);
        expect(m[2], `${file}: a ${m[1] || 'plain'} block with a command`).not.toMatch(/^\s*(\$ )?(npm|npx|node|curl|git) /m);
      }
    }
  });
});
