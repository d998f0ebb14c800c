import { describe, expect, it } from 'vitest';
import { harnessResolution } from './suites-config.ts';

// How a suite's import of the harness resolves: vite's alias is a string replace with this regex.
const resolveWith = (r: ReturnType<typeof harnessResolution>, id: string): string => {
  const alias = (r.vite.resolve?.alias as { find: RegExp; replacement: string }[] | undefined)?.[0];
  return alias && alias.find.test(id) ? id.replace(alias.find, alias.replacement) : id;
};

describe('the suites and the harness they import (src/runner/suites-config.ts)', () => {
  it('from the sources: nothing changes, vite transforms the harness with the suites', () => {
    expect(harnessResolution('/pkg', false)).toEqual({ test: {}, vite: {} });
  });

  it('running compiled: the harness imports of suite files and their helpers resolve to dist/, loaded natively', () => {
    const r = harnessResolution('/pkg', true);
    expect(resolveWith(r, '../../src/harness/check.ts')).toBe('/pkg/dist/src/harness/check.js');
    expect(resolveWith(r, '../../../src/api/rules.ts')).toBe('/pkg/dist/src/api/rules.js');
    expect(resolveWith(r, './support/flows.ts')).toBe('./support/flows.ts'); // the suites' own files stay
    expect(resolveWith(r, 'vitest')).toBe('vitest');
    const external = r.test.server?.deps?.external as RegExp[];
    expect(external.some((x) => x.test('/pkg/dist/src/harness/check.js'))).toBe(true);
    expect(external.some((x) => x.test('/pkg/suites/live/status.test.ts'))).toBe(false);
  });

  it('a "$" in the package path is kept literally', () => {
    expect(resolveWith(harnessResolution('/a$1/pkg', true), '../../src/x.ts')).toBe('/a$1/pkg/dist/src/x.js');
  });
});
