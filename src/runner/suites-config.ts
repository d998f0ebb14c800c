import path from 'node:path';
import type { ViteUserConfig } from 'vitest/config';
import type { TestUserConfig } from 'vitest/node';
import { SuiteOrder } from './suite-order.ts';
import { COMPILED } from '../util/compiled.ts';

/**
 * How vitest runs the live suites for `connectfi-conformance run` (docs/architecture.md, "Jobs and entry points").
 * Given inline rather than as a config file, which vite would bundle before every run. The suites
 * need the settings the run command provides (src/harness/settings.ts), so nothing else runs them.
 */
export const SUITES_CONFIG = {
  include: ['suites/live/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 60_000,
  // Threads, and no isolation between suite files: a worker imports the harness, the api's
  // validators and fast-check once, instead of once per file. The suites keep no state but their
  // own checks' (references carry the run id and a per-module random part), so sharing a worker
  // between files changes nothing they observe.
  pool: 'threads',
  isolate: false,
  sequence: { sequencer: SuiteOrder },
  // Checks report failures; a retry would hide a flaky API.
  retry: 0,
  silent: true,
} satisfies TestUserConfig;

/**
 * When the run itself is the compiled build (dist/, bin/build-state.mjs), the suites' imports of the
 * harness (`../../src/x.ts`) resolve to the same build, which the workers load natively: vite
 * transforms only the suite files. From the sources (tsx), vite transforms the harness as well.
 */
export function harnessResolution(root: string, compiled = COMPILED): { test: TestUserConfig; vite: ViteUserConfig } {
  if (!compiled) return { test: {}, vite: {} };
  const dist = path.join(root, 'dist', 'src').replaceAll('$', '$$$$'); // "$$" is a literal "$" in a replacement
  return {
    test: { server: { deps: { external: [/\/dist\/src\//] } } },
    vite: { resolve: { alias: [{ find: /^(?:\.\.\/)+src\/(.*)\.ts$/, replacement: `${dist}/$1.js` }] } },
  };
}
