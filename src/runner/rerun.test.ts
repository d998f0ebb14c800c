import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckStatus } from '../reporting/types.ts';
import { replaceRerun, rerunLine, rerunOf } from './rerun.ts';

const reset = { kind: 'reset', operation: '/ibis/card/activate' };

function row(id: string, status: CheckStatus, file = 'suites/live/status.test.ts'): CheckResult {
  return {
    id,
    title: id,
    family: 'status',
    operation: null,
    docRef: null,
    status,
    durationMs: 1,
    file,
    ...(status === 'error' ? { kind: 'transport' as const, incidents: [reset], reason: 'cannot reach: ECONNRESET' } : {}),
  };
}

describe('the rerun of checks that met transport trouble', () => {
  it('selects exactly the errored ids (escaped), in the files that declare them; none when nothing errored', () => {
    expect(rerunOf([row('a.b', 'passed'), row('c', 'failed')])).toBeUndefined();
    const rerun = rerunOf([
      row('status.transition.I-B', 'error'),
      row('x', 'passed'),
      row('money.c2c(1)', 'error', 'suites/live/money.test.ts'),
    ])!;
    expect(rerun.ids).toEqual(['status.transition.I-B', 'money.c2c(1)']);
    expect(rerun.files).toEqual(['suites/live/money.test.ts', 'suites/live/status.test.ts']);
    const only = new RegExp(rerun.only);
    expect(['status.transition.I-B', 'money.c2c(1)'].every((id) => only.test(id))).toBe(true);
    for (const other of ['status.transition.IxB', 'status.transition.I-B.more', 'money.c2c1', 'x'])
      expect(only.test(other), other).toBe(false);
  });

  it("replaces the errored rows with the second pass's, keeping the first run's incidents; other rows stay", () => {
    const first = [row('a', 'error'), row('b', 'passed'), row('c', 'error'), row('d', 'error')];
    const rerun = rerunOf(first)!;
    // The second pass reports a, c (d is missing: its first row stays) and b, which did not err: ignored.
    const again = [row('a', 'passed'), row('c', 'error'), row('b', 'failed')];
    const rows = replaceRerun(first, again, rerun);
    expect(rows.map((r) => `${r.id} ${r.status}`)).toEqual(['a passed', 'b passed', 'c error', 'd error']);
    expect(rows[0].rerun).toEqual({ firstIncidents: [reset], firstReason: 'cannot reach: ECONNRESET' });
    expect(rows[1].rerun).toBeUndefined();
    expect(rows[3].rerun).toBeUndefined();
    expect(rerunLine(rows, rerun)).toBe('rerun of 3 checks that met transport trouble: 2 still could not be graded, 1 passed');
  });
});
