import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildState, STAMP } from '../../bin/build-state.mjs';
import { ROOT } from '../api/paths.ts';

const exec = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A package folder: files with their modification times (seconds since the epoch). */
function pkg(files: Record<string, number>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cfc-build-state-'));
  dirs.push(root);
  for (const [file, mtime] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), mtime, mtime);
  }
  return root;
}

const BUILT = {
  'tsconfig.json': 100,
  'src/cli/main.ts': 100,
  'src/api/index.ts': 100,
  'generated/types.ts': 100,
  'dist/src/cli/main.js': 200,
  [STAMP]: 200,
};

describe('which code the CLI runs (bin/build-state.mjs)', () => {
  it('a checkout runs dist/ when the build is newer than every source file', () => {
    expect(buildState(pkg(BUILT), {})).toBe('dist');
  });

  it('a checkout runs the sources when a source file changed after the build, or a new one appeared', () => {
    expect(buildState(pkg({ ...BUILT, 'src/api/index.ts': 201 }), {})).toBe('source');
    expect(buildState(pkg({ ...BUILT, 'generated/openapi.json': 300 }), {})).toBe('source');
    expect(buildState(pkg({ ...BUILT, 'src/new/module.ts': 250 }), {})).toBe('source');
    // The runner imports the suites' run-wide checks, so they are built; the suite files are not.
    expect(buildState(pkg({ ...BUILT, 'suites/live/run-wide/envelope-run-wide.ts': 250 }), {})).toBe('source');
    expect(buildState(pkg({ ...BUILT, 'suites/live/pin.test.ts': 250 }), {})).toBe('dist');
  });

  it('an edited test file or test support leaves the build current (neither is built)', () => {
    expect(buildState(pkg({ ...BUILT, 'src/api/index.test.ts': 300 }), {})).toBe('dist');
    expect(buildState(pkg({ ...BUILT, 'src/api/testing/helper.ts': 300 }), {})).toBe('dist');
    expect(buildState(pkg({ ...BUILT, 'src/api/testing.ts': 300 }), {})).toBe('source');
  });

  it('a checkout runs the sources when never built, or while a build runs (the stamp goes first)', () => {
    const { [STAMP]: _stamp, ...building } = BUILT;
    expect(buildState(pkg(building), {})).toBe('source');
    const { 'dist/src/cli/main.js': _main, ...never } = building;
    expect(buildState(pkg(never), {})).toBe('source');
  });

  it('CONNECTFI_CONFORMANCE_FROM_SOURCE=1 runs the sources of a current build', () => {
    expect(buildState(pkg(BUILT), { CONNECTFI_CONFORMANCE_FROM_SOURCE: '1' })).toBe('source');
    expect(buildState(pkg(BUILT), { CONNECTFI_CONFORMANCE_FROM_SOURCE: '0' })).toBe('dist');
  });

  it('an installed package (no tsconfig.json) runs its build whatever the times say', () => {
    const { 'tsconfig.json': _t, ...installed } = BUILT;
    expect(buildState(pkg({ ...installed, 'src/api/index.ts': 900 }), {})).toBe('dist');
    expect(buildState(pkg({ ...installed, 'src/api/index.ts': 900 }), { CONNECTFI_CONFORMANCE_FROM_SOURCE: '1' })).toBe('dist');
  });

  it('npm ci without typescript (--omit=dev) installs with a warning and no build; npm run build without it fails', async () => {
    const root = pkg({ ...BUILT });
    for (const file of ['scripts/build.mjs', 'bin/build-state.mjs']) cpSync(path.join(ROOT, file), path.join(root, file));
    const build = (env: Record<string, string>) =>
      exec(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } }).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => e,
      );
    const installing = await build({ npm_lifecycle_event: 'prepare', npm_command: 'ci' });
    expect(installing.code).toBe(0);
    expect(installing.stderr).toContain(
      'connectfi-conformance: no build (typescript is not installed (--omit=dev?)); the CLI runs the TypeScript sources',
    );
    expect(existsSync(path.join(root, STAMP)), 'the old stamp is gone: the sources run').toBe(false);
    expect(buildState(root, {})).toBe('source');
    expect((await build({ npm_lifecycle_event: 'prepare', npm_command: 'pack' })).code).not.toBe(0);
    expect((await build({})).code).not.toBe(0);
  });
});
