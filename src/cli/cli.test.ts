import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/paths.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');

/** Runs the real bin file through its shebang, as npx does. */
function cli(args: string[], input?: string) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', cwd: tmpdir() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('connectfi-conformance validate', () => {
  it('exits 0 for a valid body read from a file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-')), 'body.json');
    writeFileSync(file, JSON.stringify({ cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', pin: '1234' }));
    const r = cli(['validate', '/ibis/card/set-pin', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid');
  });
  it('exits 1 with the errors as a JSON array in requestValidateError context format (stdin)', () => {
    const r = cli(['validate', '/ibis/card/set-pin', '-'], JSON.stringify({ cFiCardId: 'icrd_1', pin: '12345' }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        instancePath: '/pin',
        schemaPath: '#/properties/pin/pattern',
        keyword: 'pattern',
        params: { pattern: '^\\d{4}$' },
        message: 'must match pattern "^\\d{4}$"',
      },
    ]);
  });
  it('exits 2 with one line for an unknown operation, malformed JSON, an unreadable file or a missing argument', () => {
    const cases = [
      { r: cli(['validate', '/ibis/card/nope', '-'], '{}'), msg: /^error \[UNKNOWN_OPERATION\]: unknown operation "\/ibis\/card\/nope"/ },
      { r: cli(['validate', '/ibis/card/set-pin', '-'], '{"pin": '), msg: /^error \[MALFORMED_JSON\]: standard input is not valid JSON/ },
      {
        r: cli(['validate', '/ibis/card/set-pin', '/no/such/file.json']),
        msg: /^error \[UNREADABLE_INPUT\]: cannot read \/no\/such\/file.json: ENOENT/,
      },
      { r: cli(['validate']), msg: /^error \[USAGE\]: missing <operation>/ },
      { r: cli(['validate', '--bogus']), msg: /^error \[USAGE\]: Unknown option '--bogus'/ },
    ];
    for (const { r, msg } of cases) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    }
  });
});

describe('connectfi-conformance operations', () => {
  it('lists the 21 operations, one per line', () => {
    const r = cli(['operations']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^POST\s+\/ibis\/account\/add\s+/);
  });
  it('prints JSON with --json', () => {
    const r = cli(['operations', '--json']);
    expect(JSON.parse(r.stdout)).toHaveLength(21);
  });
});

describe('the bin shim', () => {
  it('passes --env-file to the command, not to Node (Node 20 would exit on a file that does not exist yet)', () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-')), 'not-yet.env');
    const r = cli(['run', '--env-file', missing]);
    expect(r.stderr).not.toMatch(/^node: /m);
    expect(r.stderr).toMatch(/error \[ENV_FILE_NOT_FOUND\]: --env-file .*not-yet.env does not exist/);
    expect(r.code).toBe(2);
  });
});

describe('connectfi-conformance (no or unknown command)', () => {
  it('prints usage and exits 2', () => {
    expect(cli([]).code).toBe(2);
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('connectfi-conformance --help', () => {
  it('lists every subcommand, and each answers its own --help with exit 0', async () => {
    const { COMMANDS } = await import('./main.ts');
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const name of Object.keys(COMMANDS)) {
      const sub = cli([name, '--help']);
      expect(sub.code, `${name} --help: ${sub.stderr}`).toBe(0);
      expect(sub.stdout + sub.stderr, name).toMatch(/usage:/);
    }
  }, 120_000);
});
