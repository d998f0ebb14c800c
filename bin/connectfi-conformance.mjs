#!/usr/bin/env -S node --
// The "--" matters: Node 20 reads `--env-file F` anywhere in its arguments, even after the script,
// and exits when F does not exist. "--" ends Node's options for a direct `./bin/...` call; under
// `npx` it is npx's own Node that parses argv first, so the simulator writes with --write-env F.
// Entry point for `npx connectfi-conformance`. It runs the compiled dist/ when build-state.mjs says
// the build is there and current (always in an installed package; in a checkout, after `npm ci` or
// `npm run build` and until a source file changes), else the TypeScript sources through tsx.
// Signals: the command runs in this process and handles SIGINT/SIGTERM itself; under npx or npm exec,
// where a signal sent to npm stops at npm's `sh -c`, the long-running commands also stop when that
// parent exits, and `proxy --exec` passes the signal on to the process group of what it started
// (src/util/signals.ts, src/util/shell-command.ts).
import { fileURLToPath } from 'node:url';
import { buildState } from './build-state.mjs';

const SERVE = ['fastify', 'undici', 'ajv'];
const RUN = ['vitest/node', ...SERVE];

if (buildState(fileURLToPath(new URL('..', import.meta.url))) === 'dist') {
  await import('../dist/src/cli/main.js');
} else {
  // The command's heaviest packages load natively first: once tsx's loader is registered, every
  // module, TypeScript or not, costs a round trip to its loader thread (vitest/node loads in about
  // 0.3 s natively and 1 s through the hooks). Later imports of them hit Node's module cache.
  const heavy = { run: RUN, selfcheck: RUN, bench: RUN, simulator: SERVE, proxy: SERVE, 'spec-diff': RUN }[process.argv[2]] ?? [];
  await Promise.all(heavy.map((name) => import(name)));
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
