import { accessSync, constants, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/index.ts';

/**
 * Where vitest keeps the suites' transformed modules between runs (its `fsModuleCache`; docs/benchmarks.md,
 * "Speed"). Each entry is keyed by the file's id and content, vitest's version and the config, so
 * an edited suite is transformed again, never served stale. The first writable of: the package's
 * node_modules/.cache, then a folder of this user's in the temp directory. None writable: the run
 * goes without the cache (slower, same checks).
 */
export function moduleCacheDir(candidates = defaultCandidates()): string | undefined {
  for (const dir of candidates) {
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
      return dir;
    } catch {
      // not writable here (a read-only install): try the next place
    }
  }
  return undefined;
}

function defaultCandidates(): string[] {
  return [
    path.join(ROOT, 'node_modules', '.cache', 'connectfi-conformance', 'vitest'),
    path.join(tmpdir(), `connectfi-conformance-${process.getuid?.() ?? 'user'}`, 'vitest'),
  ];
}
