// Which code the CLI runs (docs/architecture.md, "Jobs and entry points"): the compiled dist/ or
// the TypeScript sources through tsx's loader. dist/ starts faster (no loader thread, no transform
// per module) and lets the suites' workers load the harness natively.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written last by scripts/build.mjs; removed first when a build starts. */
export const STAMP = 'dist/.build-stamp';

/**
 * What dist/ is compiled or copied from: a file here newer than the stamp makes the build stale.
 * Tests and test support are not built, so editing one leaves the build current. The runner
 * imports the suites' run-wide checks (suites/live/run-wide/), so those are built too.
 */
const SOURCES = ['src', 'generated', 'suites/live/run-wide'];

// A test file or a folder of test support (docs/architecture.md, "Test files"): the globs
// `src/**/*.test.ts` and `src/**/testing/` that package.json `files` and tsconfig.build.json
// `exclude` share; src/cli/package-files.test.ts holds the three to the same files.
/** @type {(name: string, isDirectory: boolean) => boolean} */
export function isTestOnly(name, isDirectory) {
  return isDirectory ? name === 'testing' : name.endsWith('.test.ts');
}

/**
 * The newest modification time under `dir`, tests left out.
 * @param {string} dir
 * @returns {number}
 */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isTestOnly(entry.name, entry.isDirectory())) continue;
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/**
 * 'dist' or 'source'. An installed package (no tsconfig.json: it is not packed) always runs dist/.
 * A checkout runs dist/ only when its build is complete and newer than every file it is built from
 * (SOURCES), so an edit, a pull or a branch switch never runs stale code (it runs the sources until
 * `npm run build`); CONNECTFI_CONFORMANCE_FROM_SOURCE=1 runs the sources regardless.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {'dist' | 'source'}
 */
export function buildState(root, env = process.env) {
  const checkout = existsSync(path.join(root, 'tsconfig.json'));
  if (!checkout) return existsSync(path.join(root, 'dist/src/cli/main.js')) ? 'dist' : 'source';
  if (env.CONNECTFI_CONFORMANCE_FROM_SOURCE === '1') return 'source';
  /** @type {number} */
  let built;
  try {
    built = statSync(path.join(root, STAMP)).mtimeMs;
  } catch {
    return 'source'; // never built, or a build is under way
  }
  return SOURCES.every((dir) => !existsSync(path.join(root, dir)) || newestMtime(path.join(root, dir)) <= built) ? 'dist' : 'source';
}
