#!/usr/bin/env -S node --
// The "--" matters: Node 20 reads `--env-file F` anywhere in its arguments, even after the script,
// and exits when F does not exist. "--" ends Node's options for a direct `./bin/...` call; under
// `npx` it is npx's own Node that parses argv first, so the simulator writes with --write-env F.
// Entry point for `npx connectfi-conformance`. An installed package runs its build (dist/, written
// by `npm pack` through prepack: it starts faster). A checkout (it has tsconfig.json, which is not
// packed) always runs the TypeScript sources through tsx's loader, so a stale or half-written
// dist/ there is never used and there is no build step to forget.
import { existsSync } from 'node:fs';

const SERVE = ['fastify', 'undici', 'ajv'];
const RUN = ['vitest/node', 'fast-check', ...SERVE];

const built = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(built) && !existsSync(new URL('../tsconfig.json', import.meta.url))) {
  await import(built.href);
} else {
  // The command's heaviest packages load natively first: once tsx's loader is registered, every
  // module, TypeScript or not, costs a round trip to its loader thread (vitest/node loads in about
  // 0.3 s natively and 1 s through the hooks). Later imports of them hit Node's module cache.
  const heavy = { run: RUN, selfcheck: RUN, bench: RUN, simulator: SERVE, proxy: SERVE }[process.argv[2]] ?? [];
  await Promise.all(heavy.map((name) => import(name)));
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
