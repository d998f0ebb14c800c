import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The project root (src/testing sits below src/api, so it does not import spec's ROOT).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One command line of a README code block, without its trailing `# comment`. */
export interface ReadmeCommand {
  line: string;
  comment: string;
}

/** One ```sh block of a document: where it is, the heading above it, and its commands. */
export interface DocBlock {
  file: string;
  /** The offset of the block's opening fence in the document. */
  offset: number;
  /** The nearest heading above the block, with its #s (`## Sharded runs in CI`). */
  heading: string;
  commands: ReadmeCommand[];
}

/**
 * The documents whose commands a person copies: the README and the guides beside
 * docs/architecture.md (docs/*.md). docs/connectfi/ is connectFi's documentation, not ours.
 */
export function docFiles(root = ROOT): string[] {
  const guides = readdirSync(path.join(root, 'docs'), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => `docs/${e.name}`)
    .sort();
  return ['README.md', ...guides];
}

export function readDoc(file: string, root = ROOT): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/**
 * The command lines of a ```sh block body: a line ending in `\` continues on the next, as in the
 * shell; blank lines and whole-line comments are not commands; a trailing `# comment` is kept apart.
 */
export function blockCommands(body: string): ReadmeCommand[] {
  const joined = body.replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map((l) => {
      const m = /^(.*?)\s+#\s(.*)$/.exec(l);
      return m ? { line: m[1].trim(), comment: m[2].trim() } : { line: l.trim(), comment: '' };
    });
}

/** Every ```sh block of a document, in order. */
export function docBlocks(file: string, text = readDoc(file)): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const m of text.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    const before = text.slice(0, m.index);
    const headings = [...before.matchAll(/^#{1,6} .*$/gm)];
    blocks.push({ file, offset: m.index, heading: headings.at(-1)?.[0] ?? '', commands: blockCommands(m[1]) });
  }
  return blocks;
}

/**
 * The first ```sh block after the text `after` (a heading, or words of the paragraph above it) in
 * `file`: what a person copies. Tests run exactly these lines, so a wrong document fails a test.
 */
export function docBlockAfter(file: string, after: string, text = readDoc(file)): DocBlock {
  const start = text.indexOf(after);
  if (start < 0) throw new Error(`${file} has no "${after}"`);
  const block = docBlocks(file, text).find((b) => b.offset >= start);
  if (!block) throw new Error(`${file} has no sh code block after "${after}"`);
  return block;
}

export function docCommands(file: string, after: string): ReadmeCommand[] {
  return docBlockAfter(file, after).commands;
}

/** The commands of the first ```sh block after `after` in the README (or in the text given). */
export function readmeCommands(after: string, readme = readDoc('README.md')): ReadmeCommand[] {
  return docBlockAfter('README.md', after, readme).commands;
}
