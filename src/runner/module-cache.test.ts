import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleCacheDir } from './module-cache.ts';

describe('moduleCacheDir: where vitest keeps the transformed suites between runs', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'cfc-module-cache-'));
  const blocked = path.join(base, 'a-file');
  writeFileSync(blocked, 'not a folder');

  it('takes the first candidate it can create and write to', () => {
    const first = path.join(base, 'first', 'vitest');
    expect(moduleCacheDir([first, path.join(base, 'second')])).toBe(first);
    expect(existsSync(first)).toBe(true);
  });

  it('passes over a place it cannot create (here under a file) to the next', () => {
    const second = path.join(base, 'second', 'vitest');
    expect(moduleCacheDir([path.join(blocked, 'vitest'), second])).toBe(second);
  });

  it('gives none when no candidate is usable: the run goes without the cache', () => {
    expect(moduleCacheDir([path.join(blocked, 'x'), path.join(blocked, 'y')])).toBeUndefined();
  });
});
