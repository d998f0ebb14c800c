import { describe, expect, it } from 'vitest';
import { documentedErrorContext } from '../api/testing/documented-examples.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/paths.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');

/** Runs the real bin file through its shebang, as npx does. */
function cli(args: string[], input?: string) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', cwd: tmpdir() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// What only the bin does: its shebang, standard input, Node's own options, the exit code of the
// process. The commands' answers themselves are tested in process (cli.test.ts).
describe('the bin shim', () => {
  it("reads standard input and exits with the command's code: 1 with the errors as a JSON array", () => {
    const r = cli(['validate', '/ibis/card/set-pin', '-'], JSON.stringify({ cFiCardId: 'icrd_1', pin: '12345' }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(documentedErrorContext('card-set-pin.400.pattern'));
  });
  it('exits 2 with one line, without a stack trace, for malformed JSON on standard input or an unknown command', () => {
    const cases = [
      { r: cli(['validate', '/ibis/card/set-pin', '-'], '{"pin": '), msg: /^error \[MALFORMED_JSON\]: standard input is not valid JSON/ },
      { r: cli(['validate', '/ibis/card/nope', '-'], '{}'), msg: /^error \[UNKNOWN_OPERATION\]: unknown operation "\/ibis\/card\/nope"/ },
      { r: cli(['frobnicate']), msg: /^error \[USAGE\]: unknown command "frobnicate"/ },
    ];
    for (const { r, msg } of cases) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
  it('passes --env-file to the command, not to Node (Node 20 would exit on a file that does not exist yet)', () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-')), 'not-yet.env');
    const r = cli(['run', '--env-file', missing]);
    expect(r.stderr).not.toMatch(/^node: /m);
    expect(r.stderr).toMatch(/error \[ENV_FILE_NOT_FOUND\]: --env-file .*not-yet.env does not exist/);
    expect(r.code).toBe(2);
  });
});
