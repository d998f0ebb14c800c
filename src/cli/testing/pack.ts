import { execFile } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../api/paths.ts';

const exec = promisify(execFile);
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface Packed {
  /** The tarball's path. */
  tarball: string;
  /** What npm packed, as paths inside the package. */
  files: string[];
}

/**
 * `npm pack` of this checkout into `work`, as integrators get the package. Packed from a copy: `npm
 * pack` builds dist/ (npm's `prepare`), and rebuilding the checkout's own dist/ would pull it from
 * under the other tests' runs of the CLI. The copy leaves out what npm would not pack anyway and
 * the example apps' installs.
 */
export async function packCheckout(work: string): Promise<Packed> {
  const checkout = path.join(work, 'checkout');
  const skip = new Set(['node_modules', 'dist', '.git', 'reports'].map((name) => path.join(ROOT, name)));
  cpSync(ROOT, checkout, {
    recursive: true,
    filter: (from) =>
      !skip.has(from) && !path.basename(from).startsWith('.scratch') && !from.includes(`${path.sep}node_modules${path.sep}`),
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  const { stdout } = await exec(NPM, ['pack', '--pack-destination', work, '--json'], { cwd: checkout, maxBuffer: 64 * 1024 * 1024 });
  const info = (JSON.parse(stdout) as { filename: string; files: { path: string }[] }[])[0];
  return { tarball: path.join(work, info.filename), files: info.files.map((f) => f.path) };
}
