import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

/**
 * One way for the project's browser tests to get a headless Chromium, so that `npm ci` is all the
 * set-up `npm test` needs (no root apt step): `CHROMIUM_PATH` when set, else the system's chromium
 * when present, else the Chromium that the npm package `@sparticuz/chromium` ships (a brotli'd
 * headless shell, inflated once into node_modules/.cache).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PACKAGE = '@sparticuz/chromium';

/** Launches headless Chromium with the project's flags; each launch has a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The path of the Chromium that launchChromium starts. */
export async function chromiumExecutable(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`CHROMIUM_PATH=${override} does not exist; unset it to use the Chromium that npm ci installs (${PACKAGE}).`);
    return override;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ?? packagedChromium();
}

/**
 * The package inflates into os.tmpdir() with no lock and answers "already there" as soon as the
 * file exists, so two processes (vitest workers, other clones) could run a half-written binary.
 * Inflating in a child whose TMPDIR is a private staging directory, then renaming that directory
 * into place, makes the cache appear whole or not at all.
 */
async function packagedChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(PACKAGE);
  } catch {
    throw new Error(`${PACKAGE} is not installed: run \`npm ci\` (it is a devDependency), or set CHROMIUM_PATH to a Chromium binary.`);
  }
  const packageDir = packageRoot(entry);
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cacheRoot = path.join(path.dirname(path.dirname(packageDir)), '.cache', 'connectfi-conformance');
  const target = path.join(cacheRoot, `chromium-${version}`);
  const binary = path.join(target, 'chromium');
  if (existsSync(binary)) return binary;

  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(path.join(cacheRoot, `.chromium-${version}-`));
  try {
    const script = 'const c = require(process.argv[1]); (c.default ?? c).executablePath().then((p) => process.stdout.write(p));';
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, entry], { env: { ...process.env, TMPDIR: staging } });
    if (path.resolve(stdout.trim()) !== path.join(staging, 'chromium'))
      throw new Error(`${PACKAGE} inflated Chromium to ${stdout.trim()}, expected ${staging}/chromium`);
    try {
      renameSync(staging, target);
    } catch (e) {
      // Another process finished first: its copy is whole, use it.
      if (!existsSync(binary)) throw e;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

/** node_modules/@sparticuz/chromium, from the file that require.resolve found inside it. */
function packageRoot(entry: string): string {
  let dir = path.dirname(entry);
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(path.dirname(dir)) !== '@sparticuz') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE} package directory above ${entry}`);
    dir = parent;
  }
  return dir;
}
