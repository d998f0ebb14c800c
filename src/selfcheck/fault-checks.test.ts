import { describe, expect, it } from 'vitest';
import { FAULTS } from '../simulator/faults/catalogue.ts';
import { declaredChecks } from '../runner/testing/declared-checks.ts';
import { idPattern } from './score.ts';

/**
 * A fault names the checks written to catch it (`expected`) and those they need beside them
 * (`alsoRun`) by id or by a pattern over ids: each must name at least one check the live suites
 * declare, so that renaming a check fails here rather than leaving its fault undetectable until the
 * next self-check ("none of the expected checks ran").
 */
const checks = declaredChecks();

describe('the checks each fault names', () => {
  it('exist among the declared checks, pattern by pattern', () => {
    const ids = checks.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(400);
    const dangling = FAULTS.flatMap((f) =>
      [...f.expected, ...(f.alsoRun ?? [])].filter((p) => !ids.some((id) => idPattern([p]).test(id))).map((p) => `${f.name}: ${p}`),
    );
    expect(dangling).toEqual([]);
  });
});
