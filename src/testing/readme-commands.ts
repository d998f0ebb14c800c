import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The project root (src/testing sits below src/api, so it does not import spec's ROOT).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One command line of a README code block, without its trailing `# comment`. */
export interface ReadmeCommand {
  line: string;
  comment: string;
}

/**
 * The shell commands of the first ```sh block after the README heading (or the paragraph text)
 * `after`: what a person copies. Tests run exactly these lines, so a wrong README fails `npm test`.
 */
export function readmeCommands(after: string, readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')): ReadmeCommand[] {
  const start = readme.indexOf(after);
  if (start < 0) throw new Error(`README.md has no "${after}"`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start));
  if (!block) throw new Error(`README.md has no sh code block after "${after}"`);
  return block[1]
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map((l) => {
      const m = /^(.*?)\s+#\s(.*)$/.exec(l);
      return m ? { line: m[1].trim(), comment: m[2].trim() } : { line: l.trim(), comment: '' };
    });
}
