import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../reporting/compare-reports.ts';
import { claimedBlock } from '../testing/doc-shell.ts';
import { runCli, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';

/**
 * `compare` on real runs, both ways: a run against the standalone simulator and one against a
 * faulty simulator (auth-403-for-bad-token, started without fixture variables), compared one way
 * (new failures: exit 1) and the other (only fixes: exit 0); and the commands of docs/verdicts.md as
 * written, against the embedded simulator.
 */
const ONLY = ['--only', '^(pin\\.|auth\\.)', '--runs', '2'];
const comparison = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'comparison.json'), 'utf8')) as Comparison;

describe('compare two real runs', () => {
  let dir: string;
  const sims: StandaloneSimulator[] = [];
  const inDir = (args: string[]) => runCli(args, {}, dir);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cfc-compare-'));
    const [clean, faulty] = await Promise.all([
      startStandaloneSimulator(['--seed', 'compare']),
      startStandaloneSimulator(['--seed', 'compare', '--fault', 'auth-403-for-bad-token']),
    ]);
    sims.push(clean, faulty);
    writeFileSync(path.join(dir, 'clean.env'), readFileSync(clean.envFile, 'utf8'));
    // The faulty run has the base URL and credentials only: its fixture-bound checks are skipped.
    const lines = readFileSync(faulty.envFile, 'utf8').split('\n');
    writeFileSync(path.join(dir, 'faulty.env'), `${lines.filter((l) => /^CONNECTFI_(BASE_URL|LOGIN|PASSWORD|ENV)=/.test(l)).join('\n')}\n`);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(sims.map((s) => s.stop()));
  });

  it('runs against the clean and the faulty simulator; the faulty run names the missing fixture variables beside its failures', async () => {
    const clean = await inDir(['run', '--env-file', 'clean.env', '--report-dir', 'clean', ...ONLY]);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    const faulty = await inDir(['run', '--env-file', 'faulty.env', '--report-dir', 'faulty', ...ONLY]);
    expect(faulty.code, faulty.stdout + faulty.stderr).toBe(1);
    expect(faulty.stdout).toMatch(/^NOT CONFORMANT: \d+ passed, [1-9]\d* failed, [1-9]\d* skipped/m);
    expect(faulty.stdout).toMatch(
      /^fixtures: [1-9]\d* checks did not run because fixture variables are not set: CONNECTFI_CUSTOMER_ID \(\d+ checks\).*; set them \(see \.env\.example\)$/m,
    );
  }, 240_000);

  it('clean → faulty: the new failures, exit 1', async () => {
    const r = await inDir(['compare', 'clean', 'faulty/conformance.json', '--report-dir', 'worse']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const c = comparison(path.join(dir, 'worse'));
    const failed = (
      JSON.parse(readFileSync(path.join(dir, 'faulty', 'conformance.json'), 'utf8')) as { checks: { id: string; status: string }[] }
    ).checks
      .filter((x) => x.status === 'failed')
      .map((x) => x.id)
      .sort();
    expect(c.newFailures.map((x) => x.id)).toEqual(failed);
    expect(failed).toContain('auth.wrong-token.ibis-card-list');
    expect(c.newFailures.every((x) => x.baseStatus === 'passed' && /403/.test(x.reason ?? ''))).toBe(true);
    expect(c.fixed).toEqual([]);
    expect(c.verdictChange).toEqual({ base: 'conformant', new: 'not-conformant', changed: true });
    // Checks that passed in the clean run and were skipped for want of fixtures are not graded, and said so.
    expect(c.notGraded.length).toBeGreaterThan(0);
    expect(c.notGraded.every((x) => x.baseStatus === 'passed' && x.status === 'skipped')).toBe(true);
    expect(r.stdout).toMatch(
      new RegExp(`^${c.newFailures.length} new failures, 0 fixed, 0 still failing, ${c.notGraded.length} not graded`, 'm'),
    );
    expect(r.stdout).toMatch(/^NEW FAILURE auth\.\S+: .*403/m);
    const md = readFileSync(path.join(dir, 'worse', 'comparison.md'), 'utf8');
    expect(md.split('\n')[0]).toBe(`## ❌ connectFi conformance: ${c.newFailures.length} new failures`);
    expect(md).toContain('- … and ');
    expect(md).toContain('### Not graded in NEW');
  }, 60_000);

  it('faulty → clean: only fixes, exit 0', async () => {
    const r = await inDir(['compare', 'faulty', 'clean', '--report-dir', 'better']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const c = comparison(path.join(dir, 'better'));
    expect(c.newFailures).toEqual([]);
    expect(c.fixed.length).toBe(comparison(path.join(dir, 'worse')).newFailures.length);
    expect(c.verdictChange).toEqual({ base: 'not-conformant', new: 'conformant', changed: true });
    expect(readFileSync(path.join(dir, 'better', 'comparison.md'), 'utf8')).toMatch(/^## ✅ connectFi conformance: no new failures\n/);
  }, 60_000);

  it('bad input: one error line, exit 2', async () => {
    const missing = await inDir(['compare', 'nowhere', 'clean']);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'error [REPORT_NOT_FOUND]: nowhere: no such file']);
    const notReport = await inDir(['compare', 'clean.env', 'clean']);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/^error \[NOT_A_REPORT\]: .*clean\.env is not a conformance report: not valid JSON/);
    expect(notReport.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('docs/verdicts.md, "Comparing two runs": the commands as written', () => {
  it('two runs against the embedded simulator, then compare: nothing newly fails', async () => {
    const lines = claimedBlock('compare').commands.map((c) => c.line);
    expect(lines).toHaveLength(3);
    const cwd = mkdtempSync(path.join(tmpdir(), 'cfc-compare-doc-'));
    let last = { code: null as number | null, stdout: '', stderr: '' };
    for (const line of lines) {
      const args = line.split(/\s+/);
      expect(args.slice(0, 2)).toEqual(['npx', 'connectfi-conformance']);
      last = await runCli(args.slice(2), {}, cwd);
      expect(last.code, `${line}\n${last.stdout}${last.stderr}`).toBe(0);
    }
    expect(last.stdout).toMatch(
      /^0 new failures, 0 fixed, 0 still failing, 0 not graded, 0 new checks, 0 removed; verdict conformant \(unchanged\)$/m,
    );
    expect(comparison(path.join(cwd, 'reports')).stillFailing).toEqual([]);
  }, 300_000);
});
