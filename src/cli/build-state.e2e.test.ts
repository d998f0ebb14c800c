import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildState } from '../../bin/build-state.mjs';
import { ROOT } from '../api/paths.ts';

const exec = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function emptyDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-build-state-'));
  dirs.push(dir);
  return dir;
}

// The decision itself is tested on made-up package folders in build-state.test.ts; here the CLI acts on it.
describe('which code the CLI runs (bin/build-state.mjs)', () => {
  it('the CLI runs what build-state decides, and says which in run --profile', async () => {
    for (const env of [{}, { CONNECTFI_CONFORMANCE_FROM_SOURCE: '1' }]) {
      const expected = buildState(ROOT, env);
      const { stdout, stderr } = await exec(
        process.execPath,
        [
          '--',
          path.join(ROOT, 'bin', 'connectfi-conformance.mjs'),
          'run',
          '--only',
          '^auth\\.',
          '--runs',
          '1',
          '--profile',
          '--report-dir',
          path.join(emptyDir(), 'r'),
        ],
        { env: { ...process.env, ...env, CI: '1' } },
      );
      expect(stdout + stderr).toContain(
        expected === 'dist'
          ? 'startup (node, CLI imports from dist/)'
          : 'startup (node, tsx loader, CLI imports from the TypeScript sources)',
      );
    }
  }, 120_000);
});
