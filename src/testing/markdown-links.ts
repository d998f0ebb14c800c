import { existsSync } from 'node:fs';
import path from 'node:path';

/** A relative link of a Markdown document: the file it names (maybe none: `#anchor`) and its anchor. */
export interface DocLink {
  text: string;
  target: string;
  file: string;
  anchor?: string;
  line: number;
}

/** The document without its fenced code blocks (blank lines kept, so line numbers stay right). */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ''));
}

/** A heading's rendered text: code spans, emphasis and links reduced to their text. */
function headingText(raw: string): string {
  return raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '');
}

/**
 * GitHub's anchor for a heading (its github-slugger): lower case, every character that is not a
 * letter, a digit, a mark, `_`, `-` or a space dropped, spaces turned into `-`. Repeats get `-1`,
 * `-2`... in `anchors`.
 */
export function githubSlug(heading: string): string {
  return headingText(heading)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a document's headings give, in GitHub's rules (duplicates numbered). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = githubSlug(m[1]);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** The relative links of a document (not URLs with a scheme), outside code blocks and code spans. */
export function relativeLinks(markdown: string): DocLink[] {
  const links: DocLink[] = [];
  prose(markdown)
    .split('\n')
    .forEach((text, i) => {
      const line = text.replace(/`[^`]*`/g, '');
      for (const m of line.matchAll(/\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[2];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const hash = target.indexOf('#');
        links.push({
          text: m[1],
          target,
          file: hash < 0 ? target : target.slice(0, hash),
          anchor: hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1)),
          line: i + 1,
        });
      }
    });
  return links;
}

/**
 * What is wrong with the links of `file` (relative to `root`): a target that does not exist, or an
 * anchor no heading of the target gives. `read` returns a Markdown file's text.
 */
export function brokenLinks(file: string, markdown: string, root: string, read: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const target = link.file === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), link.file));
    const where = `${file}:${link.line} [${link.text}](${link.target})`;
    if (target.startsWith('../') || !existsSync(path.join(root, target))) {
      problems.push(`${where}: ${target} does not exist`);
      continue;
    }
    if (link.anchor === undefined) continue;
    if (!target.endsWith('.md')) {
      problems.push(`${where}: an anchor into ${target}, which is not Markdown`);
      continue;
    }
    if (!anchors(read(target)).has(link.anchor)) problems.push(`${where}: ${target} has no heading #${link.anchor}`);
  }
  return problems;
}
