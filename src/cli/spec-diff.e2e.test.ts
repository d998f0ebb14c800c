import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SCHEMAS_DIR } from '../api/index.ts';
import type { SpecDiffReport } from '../reporting/spec-diff-report.ts';
import { runCli } from '../testing/spawn-cli.ts';

/**
 * `connectfi-conformance spec-diff` as a maintainer runs it (docs/drift.md): the documented
 * transaction-history change (README.md, "Schema details the overview page leaves out": dateFrom
 * and dateTo required since 08/06/2024) as two schema directories and as two commits of a
 * repository, identical revisions, and bad input.
 */
const HISTORY = path.join('operations', 'ibis-inquiry-transaction-history.json');

/** schemas/ as it is, and as the 08/06/2024 revision has it (both dates required). */
function revisions(root: string): { before: string; after: string } {
  const before = path.join(root, 'before');
  const after = path.join(root, 'after');
  cpSync(SCHEMAS_DIR, before, { recursive: true });
  cpSync(SCHEMAS_DIR, after, { recursive: true });
  requireDates(after);
  return { before, after };
}

function requireDates(schemas: string): void {
  const file = path.join(schemas, HISTORY);
  const op = JSON.parse(readFileSync(file, 'utf8')) as { request: { required: string[] } };
  op.request.required.push('dateFrom', 'dateTo');
  writeFileSync(file, `${JSON.stringify(op, null, 2)}\n`);
}

const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'spec-diff.json'), 'utf8')) as SpecDiffReport;

describe('connectfi-conformance spec-diff', () => {
  it('flags the new required dates as breaking for integrators (exit 1), naming the checks and interactions', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cfc-spec-diff-'));
    const { before, after } = revisions(root);
    const out = path.join(root, 'out');
    const stepSummary = path.join(root, 'step-summary.md');
    const r = await runCli(['spec-diff', before, after, '--report-dir', out], { GITHUB_STEP_SUMMARY: stepSummary });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /^BREAKING for integrators: \/ibis\/inquiry\/transaction-history request \/dateFrom: became required \(\d+ checks, 3 interactions\)$/m,
    );
    expect(r.stdout).toContain('2 changes: 2 breaking for integrators, 0 breaking for providers, 0 compatible');
    const report = read(out);
    expect(report.changes.map((c) => [c.path, c.breaking])).toEqual([
      ['/dateFrom', 'integrators'],
      ['/dateTo', 'integrators'],
    ]);
    expect(report.changes[0].checks).toEqual(
      expect.arrayContaining(['history.amounts', 'envelope.ibis-inquiry-transaction-history.success']),
    );
    expect(report.changes[0].checks.every((id) => !id.startsWith('cards.status'))).toBe(true);
    expect(report.changes[0].interactions).toHaveLength(3);
    const markdown = readFileSync(path.join(out, 'spec-diff.md'), 'utf8');
    expect(markdown).toContain('### Breaking for integrators (2)');
    expect(readFileSync(stepSummary, 'utf8')).toBe(`${markdown}\n`);
  }, 120_000);

  it('exits 0 for identical schema directories', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cfc-spec-diff-same-'));
    const same = await runCli(['spec-diff', SCHEMAS_DIR, SCHEMAS_DIR, '--report-dir', out]);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    expect(read(out).changes).toEqual([]);
  }, 120_000);

  it('--git reads schemas/ at two commits of the repository it runs in', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'cfc-spec-diff-git-'));
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', ...args], { env, stdio: 'pipe' });
    git('init', '-q');
    cpSync(SCHEMAS_DIR, path.join(repo, 'schemas'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'the overview: dates optional');
    requireDates(path.join(repo, 'schemas'));
    git('commit', '-qam', 'change log 08/06/2024: dates required');
    const out = path.join(repo, 'reports');
    const changed = await runCli(['spec-diff', '--git', 'HEAD~1', 'HEAD', '--report-dir', out], {}, repo);
    expect(changed.code, changed.stdout + changed.stderr).toBe(1);
    expect(read(out).changes.map((c) => `${c.operation} ${c.path} ${c.breaking}`)).toEqual([
      '/ibis/inquiry/transaction-history /dateFrom integrators',
      '/ibis/inquiry/transaction-history /dateTo integrators',
    ]);
    const same = await runCli(['spec-diff', '--git', 'HEAD', 'HEAD', '--report-dir', out], {}, repo);
    expect(same.code, same.stdout + same.stderr).toBe(0);
  }, 120_000);

  it('bad input: a missing directory, not a schemas directory, an unknown revision: exit 2, one line, nothing written', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'cfc-spec-diff-bad-'));
    const cases: [string[], RegExp, string][] = [
      [['spec-diff', path.join(cwd, 'nope'), SCHEMAS_DIR], /^error \[SPEC_DIFF\]: .*nope: no such directory$/, cwd],
      [['spec-diff', path.join(SCHEMAS_DIR, 'rules'), SCHEMAS_DIR], /^error \[SPEC_DIFF\]: .*rules is not a schemas directory/, cwd],
      [['spec-diff', '--git', 'no-such-revision', 'HEAD'], /^error \[SPEC_DIFF\]: --git: unknown revision "no-such-revision"/, ROOT],
      [['spec-diff', '--git', 'HEAD', 'HEAD'], /^error \[SPEC_DIFF\]: --git: .* is not inside a git repository$/, cwd],
    ];
    for (const [args, line, where] of cases) {
      const r = await runCli([...args, '--report-dir', path.join(cwd, 'out')], {}, where);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(line);
    }
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  }, 120_000);
});
