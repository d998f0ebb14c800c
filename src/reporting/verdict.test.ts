import { describe, expect, it } from 'vitest';
import { renderHtml } from './html-report.ts';
import { renderJunit } from './junit-report.ts';
import { renderMarkdownSummary } from './markdown-summary.ts';
import type { CheckResult, CheckStatus, ConformanceReport } from './types.ts';
import { fixtureGapLine, summaryCounts, verdictOf } from './verdict.ts';

function report(rows: [CheckStatus, string[]?][], allowMissingFixtures = false): ConformanceReport {
  const checks: CheckResult[] = rows.map(([status, missing], i) => ({
    id: `family.check-${i}`,
    title: `check ${i}`,
    operation: null,
    family: 'family',
    docRef: null,
    status,
    durationMs: 1,
    ...(missing ? { missingFixtures: missing, reason: `fixture not configured: ${missing.join(', ')}` } : {}),
    ...(status === 'error'
      ? { kind: 'transport' as const, incidents: [{ kind: i % 2 ? 'reset' : 'http-503', operation: `/ibis/op-${i % 3}` }] }
      : {}),
  }));
  return {
    target: 'http://x',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 1,
    seed: '1',
    runId: 'r',
    summary: summaryCounts(checks),
    checks,
    ...(allowMissingFixtures ? { allowMissingFixtures } : {}),
  };
}

const C = 'CONNECTFI_CUSTOMER_ID';
const D = 'CONNECTFI_DEBIT_PROGRAM_ID';

describe('verdictOf: one verdict, one exit code', () => {
  it.each([
    ['all passed', report([['passed'], ['passed']]), 'conformant', 0],
    ['a failure wins over everything', report([['passed'], ['failed'], ['skipped', [C]]]), 'not-conformant', 1],
    ['nothing passed (only waived)', report([['waived']]), 'inconclusive', 2],
    ['nothing at all', report([]), 'inconclusive', 2],
    ['only not applicable', report([['not-applicable']]), 'inconclusive', 2],
    ['fixture gap', report([['passed'], ['skipped', [C, D]], ['skipped', [C]]]), 'inconclusive', 2],
    ['fixture gap accepted', report([['passed'], ['skipped', [C]]], true), 'conformant', 0],
    ['fixture gap accepted, but nothing passed', report([['skipped', [C]]], true), 'inconclusive', 2],
    ['a plain skip (not a fixture) is no gap', report([['passed'], ['skipped']]), 'conformant', 0],
    ['not applicable never changes the verdict', report([['passed'], ['not-applicable']]), 'conformant', 0],
    ['an advisory never changes the verdict', report([['passed'], ['advisory']]), 'conformant', 0],
    ['a check that could not be graded makes the run inconclusive', report([['passed'], ['error']]), 'inconclusive', 2],
    ['a failure still wins over transport trouble', report([['passed'], ['error'], ['failed']]), 'not-conformant', 1],
    ['transport trouble wins over a fixture gap', report([['passed'], ['error'], ['skipped', [C]]]), 'inconclusive', 2],
  ] as const)('%s', (_, r, kind, exitCode) => {
    const v = verdictOf(r);
    expect([v.kind, v.exitCode]).toEqual([kind, exitCode]);
    expect(Boolean(v.error)).toBe(exitCode === 2);
  });

  it('names the missing variables and how many checks each would enable', () => {
    const v = verdictOf(report([['passed'], ['skipped', [C, D]], ['skipped', [C]], ['not-applicable']]));
    expect(v.error).toBe(
      `2 checks did not run because fixture variables are not set: ${C} (2 checks), ${D} (1 check); set them (see .env.example) or pass --allow-missing-fixtures to accept the gap`,
    );
    expect(v.missingFixtures).toEqual([
      { variable: C, checks: 2 },
      { variable: D, checks: 1 },
    ]);
    expect(v.detail).toBe('2 checks did not run for want of fixture variables; 1 passed (2 skipped, 1 not applicable)');
  });

  it('names the transport trouble in one line: how many checks, which kinds, which operations', () => {
    const v = verdictOf(report([['passed'], ['error'], ['error'], ['error'], ['advisory']]));
    expect(v.error).toBe(
      "3 checks could not be graded: transport trouble (2 reset, 1 http-503) on /ibis/op-0, /ibis/op-1, /ibis/op-2; rerun when the target's network is steady",
    );
    expect(v.detail).toContain('(3 could not be graded, 1 advisory)');
    // JUnit: a check that could not be graded is an <error> of its kind; an advisory is no failure.
    const junit = renderJunit(report([['passed'], ['error'], ['advisory']]));
    expect(junit).toContain('errors="1"');
    expect(junit).toContain('type="transport"');
    expect(junit).toContain('failures="0"');
    expect(junit).toContain('advisory (never changes the verdict)');
  });

  it('names the missing variables on the console whatever else failed, once', () => {
    const failing = report([['passed'], ['failed'], ['skipped', [C, D]], ['skipped', [C]]]);
    expect(verdictOf(failing).kind).toBe('not-conformant');
    expect(fixtureGapLine(verdictOf(failing))).toBe(
      `fixtures: 2 checks did not run because fixture variables are not set: ${C} (2 checks), ${D} (1 check); set them (see .env.example)`,
    );
    const accepted = report([['passed'], ['skipped', [C]]], true);
    expect(fixtureGapLine(verdictOf(accepted), true)).toBe(
      `fixtures: 1 check did not run because fixture variables are not set: ${C} (1 check) (accepted with --allow-missing-fixtures)`,
    );
    // Inconclusive for the gap: the error line names them already.
    expect(fixtureGapLine(verdictOf(report([['passed'], ['skipped', [C]]])))).toBeUndefined();
    // Inconclusive for another reason (nothing passed): the gap is named beside it.
    expect(fixtureGapLine(verdictOf(report([['waived'], ['skipped', [C]]])))).toContain(C);
    expect(fixtureGapLine(verdictOf(report([['passed'], ['skipped']])))).toBeUndefined();
  });

  it('is what every report writer shows', () => {
    for (const r of [
      report([['passed']]),
      report([['passed'], ['failed']]),
      report([['passed'], ['skipped', [C]]]),
      report([['passed'], ['skipped', [C]]], true),
      report([['passed'], ['error'], ['advisory']]),
    ]) {
      const v = verdictOf(r);
      expect(renderMarkdownSummary(r).split('\n')[0]).toContain(v.title);
      expect(renderHtml(r)).toContain(
        `<section id="verdict" class="verdict verdict-${v.kind}" role="status">\n<span class="verdict-text">${v.title}</span>`,
      );
      expect(renderJunit(r)).toContain(`<property name="verdict" value="${v.kind}"/>`);
      expect(renderJunit(r)).toContain(`<property name="exitCode" value="${v.exitCode}"/>`);
      if (v.error) expect(renderMarkdownSummary(r)).toContain('Inconclusive:** ');
    }
  });
});
