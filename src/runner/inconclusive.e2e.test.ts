import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliIn, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';
import { PIN_LOCK_ID } from '../harness/check-ids.ts';

const runCli = (args: string[], cwd: string) => runCliIn(args, {}, cwd);

/**
 * The verdict a CI job sees (docs/ci.md, "Exit codes"), against the standalone simulator as a remote
 * target: an env file with only the base URL and credentials is inconclusive (exit 2) unless the gap
 * is accepted; with every fixture set the run is conformant and the simulator-only checks are not
 * applicable. `--only` keeps it to the pin family (fixture-bound, with simulator-only checks) and
 * get-token (needs no fixture) so that it stays a few seconds per run.
 */
const ONLY = ['--only', '^(pin\\.|auth\\.get-token\\.)', '--runs', '2'];

describe('run against the standalone simulator: fixture gaps are inconclusive', () => {
  let sim: StandaloneSimulator;
  let dir: string;
  const report = (sub: string) => JSON.parse(readFileSync(path.join(dir, sub, 'conformance.json'), 'utf8'));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cfc-inconclusive-'));
    sim = await startStandaloneSimulator(['--seed', 'inconclusive']);
    writeFileSync(path.join(dir, 'full.env'), readFileSync(sim.envFile, 'utf8'));
    const full = readFileSync(path.join(dir, 'full.env'), 'utf8');
    const base = full.split('\n').filter((l) => /^CONNECTFI_(BASE_URL|LOGIN|PASSWORD|ENV)=/.test(l));
    expect(base).toHaveLength(4);
    writeFileSync(path.join(dir, 'base.env'), `${base.join('\n')}\n`);
  }, 30_000);
  afterAll(() => {
    return sim?.stop();
  });

  it('only base URL and credentials: reports written, exit 2 with one INCONCLUSIVE line naming the variables', async () => {
    const r = await runCli(['run', '--env-file', 'base.env', '--report-dir', 'gap', ...ONLY], dir);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error ['));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^error \[INCONCLUSIVE\]: \d+ checks did not run because fixture variables are not set: CONNECTFI_CUSTOMER_ID \(\d+ checks\), CONNECTFI_DEBIT_PROGRAM_ID \(\d+ checks\); set them .* or pass --allow-missing-fixtures/,
    );
    expect(r.stdout).toMatch(/^INCONCLUSIVE: [1-9]\d* passed, 0 failed, [1-9]\d* skipped, 0 not applicable/m);
    const json = report('gap');
    expect(
      json.checks.filter((c: { missingFixtures?: string[] }) => c.missingFixtures?.includes('CONNECTFI_CUSTOMER_ID')).length,
    ).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'gap', 'summary.md'), 'utf8')).toMatch(/^## ⚠️ connectFi conformance: Inconclusive/);
    expect(readFileSync(path.join(dir, 'gap', 'junit.xml'), 'utf8')).toContain('<property name="exitCode" value="2"/>');
    expect(readFileSync(path.join(dir, 'gap', 'conformance.html'), 'utf8')).toContain('<span class="verdict-text">Inconclusive</span>');
  }, 240_000);

  it('the same with --allow-missing-fixtures: exit 0', async () => {
    const r = await runCli(['run', '--env-file', 'base.env', '--report-dir', 'accepted', '--allow-missing-fixtures', ...ONLY], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed, [1-9]\d* skipped/m);
    expect(r.stderr).not.toContain('error [');
    expect(report('accepted').allowMissingFixtures).toBe(true);
  }, 240_000);

  it('every fixture set: exit 0, and the simulator-only checks are not applicable (not skipped)', async () => {
    const r = await runCli(['run', '--env-file', 'full.env', '--report-dir', 'full', ...ONLY], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed, 0 skipped, [1-9]\d* not applicable, 0 waived/m);
    const json = report('full');
    const na = json.checks.filter((c: { status: string }) => c.status === 'not-applicable').map((c: { id: string }) => c.id);
    expect(na).toEqual(expect.arrayContaining([PIN_LOCK_ID]));
    expect(json.summary.notApplicable).toBe(na.length);
    expect(json.summary.skipped).toBe(0);
  }, 240_000);
});
