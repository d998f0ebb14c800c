import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/paths.ts';
import { sampleReport } from '../reporting/testing/sample-report.ts';
import { writeReports } from '../reporting/write-reports.ts';

/**
 * The action's comparison (action.yml: the "Compare with the base report" and "Verdict" steps), their
 * bash run as the runner would run it: the compare step against report directories (it starts the
 * CLI), the verdict step for each combination of the run's exit code, `fail-on` and compare's exit.
 */
const ACTION = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

/** The `run: |` script of the step named `name`, dedented. */
function stepScript(name: string): string {
  const lines = ACTION.split('\n');
  const start = lines.findIndex((l) => l.trim() === `- name: ${name}`);
  if (start < 0) throw new Error(`action.yml has no step "${name}"`);
  const run = lines.findIndex((l, i) => i > start && /^\s+run: \|$/.test(l));
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && indent(line) <= indent(lines[run])) break;
    body.push(line);
  }
  const cut = Math.min(...body.filter((l) => l.trim()).map(indent));
  return body.map((l) => l.slice(cut)).join('\n');
}

function bash(script: string, env: Record<string, string>): { code: number | null; out: string } {
  const r = spawnSync('bash', ['-e', '-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('action.yml: the comparison with base-report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cfc-action-compare-'));
    const base = sampleReport();
    base.checks = base.checks.map((c) => (c.id === 'status.transition.S-I' ? { ...c, status: 'passed' as const } : c));
    await writeReports(base, path.join(dir, 'base'), { githubStepSummary: null });
    await writeReports(sampleReport(), path.join(dir, 'reports'), { githubStepSummary: null });
  });

  const compareStep = (baseReport: string) => {
    const output = path.join(dir, `output-${baseReport}`);
    const summary = path.join(dir, `summary-${baseReport}`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const r = bash(stepScript('Compare with the base report'), {
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      CFC_BASE_REPORT: path.join(dir, baseReport),
      CFC_REPORT_DIR: path.join(dir, 'reports'),
    });
    return { ...r, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
  };

  it('writes the comparison into the reports and comparison.md into the job summary; the step itself passes', () => {
    const r = compareStep('base');
    expect(r.code, r.out).toBe(0);
    expect(r.output).toBe('exit-code=1\n');
    expect(r.summary).toBe(readFileSync(path.join(dir, 'reports', 'comparison.md'), 'utf8'));
    expect(r.summary).toMatch(/^## ❌ connectFi conformance: 1 new failure\n/);
    expect(r.summary).toContain('- `status.transition.S-I`: expected 400 extIbis subCode SA, got 200 (was passed)');
  });

  it('a missing base report: exit-code 2 and a line in the job summary', () => {
    const r = compareStep('no-such-dir');
    expect(r.code, r.out).toBe(0);
    expect(r.output).toBe('exit-code=2\n');
    expect(r.out).toContain('error [REPORT_NOT_FOUND]');
    expect(r.summary).toMatch(/^### connectFi conformance: could not compare with .*no-such-dir \(exit 2\)/);
  });

  it.each([
    ['0', 'failure', '', 'false', 0, 'conformant'],
    ['1', 'failure', '', 'false', 1, 'at least one conformance check failed'],
    ['2', 'failure', '', 'false', 2, 'could not run'],
    ['1', 'failure', '0', 'true', 1, 'at least one conformance check failed'],
    ['1', 'new-failure', '0', 'true', 0, 'no check fails that did not fail in the base report'],
    ['1', 'new-failure', '1', 'true', 1, 'a check fails that did not fail in the base report'],
    ['0', 'new-failure', '2', 'true', 2, 'could not compare'],
    ['2', 'new-failure', '0', 'true', 2, 'could not run'],
    ['1', 'new-failure', '', 'false', 2, 'fail-on: new-failure needs base-report'],
    ['0', 'fail-fast', '', 'false', 2, 'fail-on must be failure or new-failure, got "fail-fast"'],
  ])('verdict: run exit %s, fail-on %s, compare exit "%s" → exit %s', (code, failOn, compareCode, hasBase, exit, text) => {
    const r = bash(stepScript('Verdict'), { CODE: code, FAIL_ON: failOn, COMPARE_CODE: compareCode, HAS_BASE: hasBase });
    expect(r.code, r.out).toBe(exit);
    expect(r.out).toContain(text);
  });
});
