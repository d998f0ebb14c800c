import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { COMMANDS } from './main.ts';

// The README's "Command line" table names every command and every flag its --help lists, so that
// a flag added to an option table (src/cli/commands/) and not to the README is noticed.

const flags = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]))].sort();

function readmeRows(): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const name = /^\| `([a-z-]+)[ `]/.exec(line)?.[1];
    if (name) rows.set(name, `${rows.get(name) ?? ''} ${line}`);
  }
  return rows;
}

describe("the README's command table", () => {
  const rows = readmeRows();

  it('has a row for every command', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(COMMANDS))('names exactly the flags `%s --help` lists', async (name) => {
    const usage = (await COMMANDS[name]()).usage;
    const listed = flags(
      usage
        .split('\n')
        .filter((l) => /^\s+--|^usage:|^\s+pact /.test(l))
        .join('\n'),
    );
    expect(flags(rows.get(name) ?? '').filter((f) => f !== '--help')).toEqual(listed);
  });
});
