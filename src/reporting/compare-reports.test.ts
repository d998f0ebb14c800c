import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors.ts';
import { compareReports, comparisonExitCode, type Comparison } from './compare-reports.ts';
import { MAX_LISTED, renderComparisonMarkdown } from './comparison-markdown.ts';
import { readReport, reportProblem } from './read-report.ts';
import { checkRow, sampleReport } from './testing/sample-report.ts';
import type { CheckResult, ConformanceReport } from './types.ts';
import { summaryCounts } from './verdict.ts';

/** A report from [id, status, reason?] rows; a status may be one this version does not know. */
function report(rows: [string, string, string?][], runId = 'run'): ConformanceReport {
  const checks = rows.map(([id, status, reason]) => checkRow(id, status as CheckResult['status'], reason, `title of ${id}`));
  return {
    target: 'http://x',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 1,
    seed: '1',
    runId,
    summary: summaryCounts(checks),
    checks,
  };
}

const compare = (base: ConformanceReport, next: ConformanceReport) =>
  compareReports({ source: 'base/conformance.json', report: base }, { source: 'new/conformance.json', report: next });
const ids = (c: Comparison, list: 'newFailures' | 'fixed' | 'stillFailing' | 'newChecks' | 'removedChecks' | 'notGraded') =>
  c[list].map((x) => x.id);

describe('compareReports', () => {
  const base = report([
    ['a.regressed', 'passed'],
    ['a.fixed', 'failed', 'expected 400, got 200'],
    ['a.still', 'failed', 'expected 400, got 200'],
    ['a.transport', 'passed'],
    ['a.set-aside', 'failed', 'expected 401'],
    ['a.removed', 'passed'],
    ['a.was-error', 'error'],
    ['a.skipped-now', 'passed'],
    ['a.skipped-both', 'skipped'],
    ['a.set-aside-both', 'not-applicable'],
  ]);
  const next = report([
    ['a.regressed', 'failed', 'expected 200, got 500'],
    ['a.fixed', 'passed'],
    ['a.still', 'failed', 'expected 400, got 201'],
    ['a.transport', 'error', 'ECONNRESET: socket hang up'],
    ['a.set-aside', 'waived', 'waived until 2099-01-01'],
    ['a.was-error', 'failed', 'expected 400, got 200'],
    ['b.new-failing', 'failed', 'expected 400, got 200'],
    ['b.new-passing', 'passed'],
    ['b.new-advisory', 'advisory'],
    ['a.skipped-now', 'skipped', 'fixture not configured: CONNECTFI_CUSTOMER_ID'],
    ['a.skipped-both', 'skipped'],
    ['a.set-aside-both', 'skipped'],
  ]);
  const c = compare(base, next);

  it('sorts each check into its lists: a check failed in NEW and not in BASE is a new failure, a new check included', () => {
    expect(ids(c, 'newFailures')).toEqual(['a.regressed', 'a.was-error', 'b.new-failing']);
    expect(ids(c, 'fixed')).toEqual(['a.fixed']);
    expect(ids(c, 'stillFailing')).toEqual(['a.still']);
    expect(ids(c, 'newChecks')).toEqual(['b.new-advisory', 'b.new-failing', 'b.new-passing']);
    expect(ids(c, 'removedChecks')).toEqual(['a.removed']);
    expect(comparisonExitCode(c)).toBe(1);
  });

  it('an `error` in NEW is not graded, not a new failure; a failure NEW set aside is not a fix; a pass NEW skipped is listed', () => {
    expect(c.notGraded).toEqual([
      {
        id: 'a.set-aside',
        title: 'title of a.set-aside',
        family: 'a',
        baseStatus: 'failed',
        status: 'waived',
        reason: 'waived until 2099-01-01',
      },
      {
        id: 'a.skipped-now',
        title: 'title of a.skipped-now',
        family: 'a',
        baseStatus: 'passed',
        status: 'skipped',
        reason: 'fixture not configured: CONNECTFI_CUSTOMER_ID',
      },
      {
        id: 'a.transport',
        title: 'title of a.transport',
        family: 'a',
        baseStatus: 'passed',
        status: 'error',
        reason: 'ECONNRESET: socket hang up',
      },
    ]);
  });

  it("keeps NEW's reason, and BASE's beside it when a check still fails differently", () => {
    expect(c.stillFailing[0]).toMatchObject({ reason: 'expected 400, got 201', baseReason: 'expected 400, got 200' });
    expect(c.newFailures[0]).toMatchObject({ id: 'a.regressed', baseStatus: 'passed', status: 'failed', reason: 'expected 200, got 500' });
    expect(c.newFailures[2]).toMatchObject({ id: 'b.new-failing', baseStatus: null });
    expect(c.removedChecks[0]).toMatchObject({ baseStatus: 'passed', status: null });
  });

  it('names both runs and the verdict change, keys in the documented order', () => {
    expect(Object.keys(c)).toEqual([
      'base',
      'new',
      'newFailures',
      'fixed',
      'stillFailing',
      'newChecks',
      'removedChecks',
      'verdictChange',
      'notGraded',
    ]);
    expect(c.base).toMatchObject({ source: 'base/conformance.json', verdict: 'not-conformant', checks: 10 });
    expect(c.verdictChange).toEqual({ base: 'not-conformant', new: 'not-conformant', changed: false });
  });

  it('only fixes: exit 0, and the verdict change says so', () => {
    const fixes = compare(
      report([
        ['a.x', 'failed', 'no'],
        ['a.y', 'passed'],
      ]),
      report([
        ['a.x', 'passed'],
        ['a.y', 'passed'],
      ]),
    );
    expect(fixes.newFailures).toEqual([]);
    expect(ids(fixes, 'fixed')).toEqual(['a.x']);
    expect(fixes.verdictChange).toEqual({ base: 'not-conformant', new: 'conformant', changed: true });
    expect(comparisonExitCode(fixes)).toBe(0);
  });

  it('a report compared with itself changes nothing', () => {
    const same = compare(sampleReport(), sampleReport());
    expect([same.newFailures, same.fixed, same.newChecks, same.removedChecks, same.notGraded].every((l) => l.length === 0)).toBe(true);
    expect(ids(same, 'stillFailing')).toEqual(['auth.wrong-token.ibis-card-list', 'status.transition.S-I']);
    expect(comparisonExitCode(same)).toBe(0);
  });
});

describe('comparison.md', () => {
  it('leads with the new failures and their reasons, says what "not graded" means, and lists the rest', () => {
    const md = renderComparisonMarkdown(
      compare(
        report([
          ['a.regressed', 'passed'],
          ['a.fixed', 'failed'],
          ['a.transport', 'passed'],
        ]),
        report([
          ['a.regressed', 'failed', 'expected 200, got <b>500</b>\nsecond line'],
          ['a.fixed', 'passed'],
          ['a.transport', 'error', 'timeout'],
        ]),
      ),
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ connectFi conformance: 1 new failure');
    expect(lines[2]).toBe(
      '1 new failure, 1 fixed, 0 still failing, 1 not graded, 0 new checks, 0 removed; verdict Not conformant (unchanged).',
    );
    expect(md).toContain('### New failures (1)\n\n- `a.regressed`: expected 200, got &lt;b&gt;500&lt;/b&gt; (was passed)\n');
    expect(md).toContain('### Not graded in NEW (1)');
    expect(md).toContain('status `error` (the check could not be graded because of transport trouble)');
    expect(md).toContain('- `a.transport`: timeout (passed → error)');
    expect(md).toContain('### Fixed (1)\n\n- `a.fixed`\n');
    expect(md.indexOf('### New failures')).toBeLessThan(md.indexOf('### Fixed'));
  });

  it(`lists at most ${MAX_LISTED} checks a section, then "and N more"`, () => {
    const many = Array.from({ length: 25 }, (_, i) => `a.check-${String(i).padStart(2, '0')}`);
    const md = renderComparisonMarkdown(
      compare(
        report(many.map((id) => [id, 'passed'])),
        report([...many.map((id): [string, string, string] => [id, 'failed', 'no']), ['b.new', 'passed']]),
      ),
    );
    expect(md.split('\n')[0]).toBe('## ❌ connectFi conformance: 25 new failures');
    expect(md.match(/^- `a\.check-\d+`: no \(was passed\)$/gm)).toHaveLength(MAX_LISTED);
    expect(md).toContain('- … and 15 more (comparison.json lists them all)');
    expect(md).toContain('**New checks (1):** `b.new` passed');
  });

  it('without new failures: a green headline, and the verdict change', () => {
    const md = renderComparisonMarkdown(compare(report([['a.x', 'failed']]), report([['a.x', 'passed']])));
    expect(md.split('\n')[0]).toBe('## ✅ connectFi conformance: no new failures');
    expect(md).toContain('verdict Not conformant → **Conformant**.');
  });
});

describe('readReport', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-read-report-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const codeOf = (arg: string) => {
    try {
      readReport(arg);
      return 'read';
    } catch (err) {
      return err instanceof ConfigurationError ? `${err.code}: ${err.message}` : String(err);
    }
  };

  it('reads a report directory or its conformance.json', () => {
    const file = write('run/conformance.json', JSON.stringify(sampleReport()));
    expect(readReport(path.dirname(file)).source).toBe(file);
    expect(readReport(file).report.checks).toHaveLength(9);
  });

  it('refuses a missing file, a directory without a report, and anything that is not a report', () => {
    expect(codeOf(path.join(dir, 'nope.json'))).toBe(`REPORT_NOT_FOUND: ${path.join(dir, 'nope.json')}: no such file`);
    mkdirSync(path.join(dir, 'empty'));
    expect(codeOf(path.join(dir, 'empty'))).toBe(`REPORT_NOT_FOUND: ${path.join(dir, 'empty')}: no conformance.json there`);
    expect(codeOf(write('bad.json', '{"checks": ['))).toMatch(/^NOT_A_REPORT: .*bad\.json is not a conformance report: not valid JSON/);
    expect(codeOf(write('pkg.json', '{"name": "x"}'))).toMatch(
      /^NOT_A_REPORT: .*pkg\.json is not a conformance report: it has no "summary" object$/,
    );
  });

  it('says what is wrong with a value that is not a report', () => {
    const summary = { passed: 1, failed: 0, skipped: 0, waived: 0 };
    expect(reportProblem([])).toBe('it is not a JSON object');
    expect(reportProblem({ summary: { passed: 1 } })).toBe('its summary has no number "failed"');
    expect(reportProblem({ summary })).toBe('it has no "checks" list');
    expect(reportProblem({ summary, checks: [{ id: 'x' }] })).toBe('checks[0] has no string "id" and "status"');
    expect(
      reportProblem({
        summary,
        checks: [
          { id: 'x', status: 'passed' },
          { id: 'x', status: 'failed' },
        ],
      }),
    ).toBe('check x appears twice');
    expect(reportProblem({ summary, checks: [{ id: 'x', status: 'error' }] })).toBeUndefined();
  });
});
