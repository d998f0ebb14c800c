import { describe, expect, it } from 'vitest';
import { documentedErrorContext } from '../api/testing/documented-examples.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain as cli } from './testing/run-main.ts';

// In process: `main` is what the bin runs. The bin itself (its shebang, standard input, Node's own
// options, the process's exit code) is tested in bin.e2e.test.ts.
function bodyFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-')), 'body.json');
  writeFileSync(file, text);
  return file;
}

describe('connectfi-conformance validate', () => {
  it('exits 0 for a valid body read from a file', async () => {
    const file = bodyFile(JSON.stringify({ cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', pin: '1234' }));
    const r = await cli(['validate', '/ibis/card/set-pin', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid');
  });
  it('exits 1 with the errors as a JSON array in requestValidateError context format', async () => {
    const r = await cli(['validate', '/ibis/card/set-pin', bodyFile(JSON.stringify({ cFiCardId: 'icrd_1', pin: '12345' }))]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(documentedErrorContext('card-set-pin.400.pattern'));
  });
  it('exits 2 with one line for an unknown operation, malformed JSON, an unreadable file or a missing argument', async () => {
    const malformed = bodyFile('{"pin": ');
    const cases = [
      {
        r: await cli(['validate', '/ibis/card/nope', bodyFile('{}')]),
        msg: /^error \[UNKNOWN_OPERATION\]: unknown operation "\/ibis\/card\/nope"/,
      },
      { r: await cli(['validate', '/ibis/card/set-pin', malformed]), msg: /^error \[MALFORMED_JSON\]: \S+body\.json is not valid JSON/ },
      {
        r: await cli(['validate', '/ibis/card/set-pin', '/no/such/file.json']),
        msg: /^error \[UNREADABLE_INPUT\]: cannot read \/no\/such\/file.json: ENOENT/,
      },
      { r: await cli(['validate']), msg: /^error \[USAGE\]: missing <operation>/ },
      { r: await cli(['validate', '--bogus']), msg: /^error \[USAGE\]: Unknown option '--bogus'/ },
    ];
    for (const { r, msg } of cases) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    }
  });
});

describe('connectfi-conformance operations', () => {
  it('lists the 21 operations, one per line', async () => {
    const r = await cli(['operations']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^POST\s+\/ibis\/account\/add\s+/);
  });
  it('prints JSON with --json', async () => {
    const r = await cli(['operations', '--json']);
    expect(JSON.parse(r.stdout)).toHaveLength(21);
  });
});

describe('connectfi-conformance (no or unknown command)', () => {
  it('prints usage and exits 2', async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('connectfi-conformance --help', () => {
  it('lists every subcommand, and each answers its own --help with exit 0', async () => {
    const { COMMANDS } = await import('./main.ts');
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const name of Object.keys(COMMANDS)) {
      const sub = await cli([name, '--help']);
      expect(sub.code, `${name} --help: ${sub.stderr}`).toBe(0);
      expect(sub.stdout + sub.stderr, name).toMatch(/usage:/);
    }
  }, 120_000);
});
