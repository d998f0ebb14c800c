// `npm run build`, also run by npm's `prepare` (after `npm ci` or `npm install` in a checkout, and by
// `npm pack` and `npm publish`): compiles src/, generated/ and suites/live/run-wide/ (the run-wide
// checks, which the runner imports) into dist/ with tsc, copies the files tsc does not emit, and
// writes dist/.build-stamp last. bin/build-state.mjs trusts dist/ in a
// checkout only when the stamp is newer than every source file, so the stamp goes first when a build
// starts: a run started during a build takes the TypeScript sources, never a half-written dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP } from '../bin/build-state.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, STAMP);
rmSync(stamp, { force: true });
// A source saved while tsc runs may or may not be in this build: the stamp carries the build's start
// time, so such a file counts as newer than the build.
const started = new Date();
// After `npm ci` or `npm install` in a checkout, a build that cannot be made is not an install
// failure: the CLI runs the TypeScript sources instead (say so, and go on). Anywhere else (`npm run
// build`, `npm pack`, `npm publish`) it is an error: a package without its build must not be made.
// A stale file of an earlier build (a module since renamed or removed) must not ship: start empty.
for (const dir of ['dist/src', 'dist/generated', 'dist/suites']) rmSync(path.join(root, dir), { recursive: true, force: true });
const installing = process.env.npm_lifecycle_event === 'prepare' && ['ci', 'install'].includes(process.env.npm_command ?? '');
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch (err) {
  if (!installing) throw err;
  const cause = err.code === 'MODULE_NOT_FOUND' ? 'typescript is not installed (--omit=dev?)' : 'tsc reported errors';
  console.warn(
    `connectfi-conformance: no build (${cause}); the CLI runs the TypeScript sources, which start slower. \`npm run build\` builds.`,
  );
  process.exit(0);
}
cpSync(path.join(root, 'src/reporting/assets'), path.join(root, 'dist/src/reporting/assets'), { recursive: true });
cpSync(path.join(root, 'src/api/keyword-runtime.cjs'), path.join(root, 'dist/src/api/keyword-runtime.cjs'));
mkdirSync(path.dirname(stamp), { recursive: true });
writeFileSync(stamp, `built from the sources as they were at ${started.toISOString()}\n`);
utimesSync(stamp, started, started);
