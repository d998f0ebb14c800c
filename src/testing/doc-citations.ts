import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a citation points, and whether it is there. A citation names a file and a heading: an
 * `x-doc` or a check's `docRef` ({ file, heading }), or a code comment (`docs/architecture.md,
 * "Layers"`, `ibis-overview.txt, "Reissue a Card"`). The file is a path from the repository root
 * (`docs/architecture.md`) or the name of a connectFi doc in docs/connectfi/; `README.md` is this
 * repository's README or the connectFi docs' own (docs/connectfi/README.md), whichever has the
 * heading. A heading of a Markdown file is a `#` line outside code blocks; the connectFi .txt docs
 * have no markup, so a heading there is a whole line of the file.
 */

// The project root (src/testing sits below src/api, so it does not import api's ROOT).
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONNECTFI_DOCS = path.join(ROOT, 'docs', 'connectfi');

/** Backticks, non-breaking spaces and runs of white space do not make a heading different. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The headings of a document: `#` lines outside ``` blocks of Markdown; every non-empty line of text. */
export function headingsOf(file: string, text: string): string[] {
  const lines = text.split('\n');
  if (!file.endsWith('.md')) return lines.map(normalizeHeading).filter(Boolean);
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.push(normalizeHeading(m[1]));
  }
  return out;
}

/** The files a cited name can mean, those that exist. */
export function candidateFiles(file: string, root = ROOT): string[] {
  const candidates = file.includes('/') ? [file] : [file, path.join('docs', file), path.join('docs', 'connectfi', file)];
  return candidates.map((f) => path.join(root, f)).filter((f) => existsSync(f));
}

const cache = new Map<string, string[]>();
function headingsAt(full: string): string[] {
  let headings = cache.get(full);
  if (!headings) cache.set(full, (headings = headingsOf(full, readFileSync(full, 'utf8'))));
  return headings;
}

/**
 * A heading is cited by its text, or by the part before its parenthetical or its subtitle:
 * `README.md, "Error envelope"` is the heading "Error envelope (/OVERVIEW/...)", and
 * `"Self-check"` would be "Self-check: does the suite catch...".
 */
export function matchesHeading(cited: string, heading: string): boolean {
  const c = normalizeHeading(cited);
  return heading === c || heading.startsWith(`${c} (`) || heading.startsWith(`${c}: `);
}

/** Why the citation does not resolve, or undefined when it does. */
export function citationProblem(file: string, heading: string, root = ROOT): string | undefined {
  const files = candidateFiles(file, root);
  if (files.length === 0) return `no file ${file} (neither from the repository root nor in docs/connectfi/)`;
  if (files.some((f) => headingsAt(f).some((h) => matchesHeading(heading, h)))) return undefined;
  const where = files.map((f) => path.relative(root, f)).join(' or ');
  return `no heading "${heading}" in ${where}`;
}

/** A file and heading a comment cites, with the line it starts on. */
export interface CommentCitation {
  file: string;
  heading: string;
  line: number;
}

// `docs/architecture.md, "Layers"`, `ibis-overview.txt "Reissue a Card"`, `docs/ci.md, "Exit codes"`: a
// file name, an optional comma, then the heading in double quotes, which may run on over comment
// lines (` * ` or `// `). `file: "words"` quotes the text of the file, not a heading, and is not one.
const CITATION =
  /(?<![\w./-])((?:[\w.-]+\/)*[\w.-]+\.(?:md|txt)|README)(?![\w.]),?[ \t]*(?:\n[ \t]*(?:\*|\/\/)?[ \t]*)?"([^"\n]+(?:\n[ \t]*(?:\*|\/\/)[ \t]*[^"\n]+)*)"/g;

/** Every heading citation in the text of a source file (`README` alone is README.md). */
export function commentCitations(text: string): CommentCitation[] {
  return [...text.matchAll(CITATION)].map((m) => ({
    file: m[1] === 'README' ? 'README.md' : m[1],
    heading: m[2].replace(/\n[ \t]*(?:\*|\/\/)[ \t]*/g, ' '),
    line: text.slice(0, m.index).split('\n').length,
  }));
}
