import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DriftTally, MAX_ROWS, driftLine, mergeDriftReports, redactDrift, renderDriftJson, type DriftReport } from './drift-report.ts';
import { renderDriftSection } from './html-drift.ts';
import { sampleReport } from './testing/sample-report.ts';
import { verdictOf } from './verdict.ts';
import { writeReports } from './write-reports.ts';

const PAN = '4111111111111111';
const TOKEN = 'tok-3f9a8b7c6d5e4f3a2b1c';

function tallied(): DriftReport {
  const tally = new DriftTally();
  tally.add('/ibis/card/status', 200, { fields: [{ path: '/data/riskTier', type: 'string', example: 'gold' }] });
  tally.add('/ibis/card/status', 200, { fields: [{ path: '/data/riskTier', type: 'null', example: null }] });
  tally.add('/ibis/card/status', 200, undefined);
  tally.add('/ibis/card/status', 429, { status: { code: 'tooManyRequests' }, headers: [{ name: 'retry-after', value: '2' }] });
  tally.add('/ibis/card/list', 400, { values: [{ path: '/code', value: 'cardFrozen' }] });
  return tally.report('https://sandbox.example');
}

describe('drift.json: the tally of what the target did beyond the docs', () => {
  it('counts each field once per answer, unites its types, keeps the first example, and counts the answers', () => {
    const report = tallied();
    expect(report.fields).toEqual([
      { operation: '/ibis/card/status', path: '/data/riskTier', type: 'null|string', seen: 2, example: 'gold' },
    ]);
    expect(report.statuses).toEqual([{ operation: '/ibis/card/status', status: 429, seen: 1, code: 'tooManyRequests' }]);
    expect(report.headers).toEqual([{ operation: '/ibis/card/status', header: 'retry-after', seen: 1, example: '2' }]);
    expect(report.values).toEqual([{ operation: '/ibis/card/list', status: 400, path: '/code', value: 'cardFrozen', seen: 1 }]);
    expect(report.answers).toEqual({ '/ibis/card/list': 1, '/ibis/card/status': 4 });
    expect(Object.keys(JSON.parse(renderDriftJson(report)))).toEqual(['target', 'fields', 'values', 'statuses', 'headers', 'answers']);
  });

  it('redacts examples knowing their key: secret keys, card numbers, known tokens, headers', () => {
    const drift = redactDrift(
      {
        fields: [
          { path: '/data/pin', type: 'string', example: '1234' },
          { path: '/data/cardNumber', type: 'string', example: PAN },
          { path: '/data/note', type: 'string', example: `token ${TOKEN} and card ${PAN}` },
          { path: '/data/blob', type: 'string', example: 'x'.repeat(500) },
        ],
        values: [{ path: '/data/status/description', value: `see ${PAN}` }],
        headers: [{ name: 'x-ratelimit-policy', value: `key=${TOKEN}` }],
      },
      [TOKEN],
    );
    const text = JSON.stringify(drift);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(PAN);
    expect(drift.fields!.map((f) => f.example)).toEqual([
      '[REDACTED]',
      '411111******1111',
      'token [REDACTED] and card 411111******1111',
      `${'x'.repeat(200)}…`,
    ]);
  });

  it('merges shards: rows of one field add up, and so do the answers', () => {
    const merged = mergeDriftReports([tallied(), tallied()], 'both');
    expect(merged.fields[0]).toMatchObject({ seen: 4, type: 'null|string', example: 'gold' });
    expect(merged.answers['/ibis/card/status']).toBe(8);
    expect(merged.target).toBe('both');
  });

  it('stops listing at MAX_ROWS and says how many rows it left out', () => {
    const tally = new DriftTally();
    for (let i = 0; i < MAX_ROWS + 5; i++)
      tally.add('/ibis/card/status', 200, { fields: [{ path: `/f${i}`, type: 'string', example: '' }] });
    const report = tally.report('t');
    expect(report.fields).toHaveLength(MAX_ROWS);
    expect(report.omitted).toBe(5);
  });

  it('has one console line when anything was seen, none otherwise', () => {
    expect(driftLine(tallied(), 'reports/drift.json')).toBe(
      'drift: 1 undocumented field, 1 undocumented value, 1 undocumented status, 1 header of interest on 2 operations (reports/drift.json)',
    );
    expect(driftLine(new DriftTally().report('t'))).toBeUndefined();
  });

  it('never changes the verdict, unless --fail-on-drift asks it to', () => {
    const report = { ...sampleReport(), drift: tallied() };
    report.checks = report.checks.filter((c) => c.status === 'passed');
    report.summary = { ...report.summary, failed: 0, skipped: 0, waived: 0, notApplicable: 0, passed: report.checks.length };
    expect(verdictOf(report).exitCode).toBe(0);
    const failing = verdictOf({ ...report, failOnDrift: true });
    expect(failing).toMatchObject({ headline: 'NOT CONFORMANT', exitCode: 1 });
    expect(failing.drift).toMatch(/^drift: 1 undocumented field.*--fail-on-drift is set$/);
    expect(verdictOf({ ...report, failOnDrift: true, drift: new DriftTally().report('t') }).exitCode).toBe(0);
  });

  it('is written to drift.json beside conformance.json, which does not repeat it, and shown in conformance.html', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-drift-'));
    const files = await writeReports({ ...sampleReport(), drift: tallied() }, dir, { githubStepSummary: null });
    expect(files.map((f) => path.basename(f))).toContain('drift.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'drift.json'), 'utf8')).fields[0].path).toBe('/data/riskTier');
    expect(readFileSync(path.join(dir, 'conformance.json'), 'utf8')).not.toContain('riskTier');
    const html = readFileSync(path.join(dir, 'conformance.html'), 'utf8');
    expect(html).toContain('<table id="drift-fields">');
    expect(html).toContain('2 of 4');
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(/^> \*\*Drift:\*\* drift: 1 undocumented field, /m);
  });

  it('escapes what the target sent, and says when nothing drifted', () => {
    const tally = new DriftTally();
    tally.add('/ibis/card/status', 200, { fields: [{ path: '/data/x', type: 'string', example: '<img src=x onerror=alert(1)>' }] });
    const html = renderDriftSection(tally.report('t'));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(renderDriftSection(new DriftTally().report('t'))).toContain('nothing undocumented in 0 answers');
  });
});
