import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { EXTRA_RESPONSE_FIELDS } from '../simulator/variants/format-variants.ts';
import type { DriftReport } from '../reporting/drift-report.ts';
import { runCli } from '../testing/spawn-cli.ts';
import { toDotenv } from './commands/simulator.ts';

/**
 * The acceptance of drift.json (docs/architecture.md, "Observed drift"): a remote target that adds
 * fields no schema names, as a newer revision of the API would, passes every check (the docs allow
 * extra fields) and drift.json lists each added field on every operation that answered 200. The
 * target is the simulator's extra-response-fields variant, run as a user runs against a sandbox:
 * `run --env-file` with the variables `simulator --write-env` writes.
 */
describe('run against a target that adds undocumented fields', () => {
  let sim: RunningSimulator;
  let envFile: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'drift-e2e', variants: ['extra-response-fields'] });
    envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-drift-')), 'sim.env');
    writeFileSync(envFile, toDotenv(sim.env()));
  });
  afterAll(() => sim?.close());

  it('is CONFORMANT, says so in one line, and drift.json lists the added fields per operation', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-drift-run-'));
    const r = await runCli(['run', '--env-file', envFile, '--seed', '27', '--runs', '2', '--report-dir', reportDir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CONFORMANT: \d+ passed, 0 failed/m);
    expect(r.stdout).toMatch(/^drift: \d+ undocumented fields(, .*)? on \d+ operations \(.*drift\.json\)$/m);

    const drift = JSON.parse(readFileSync(path.join(reportDir, 'drift.json'), 'utf8')) as DriftReport;
    expect(drift.target).toBe(sim.baseUrl);
    const added = (p: string) => new Set(drift.fields.filter((f) => f.path === p).map((f) => f.operation));
    const answered = Object.keys(drift.answers);
    // Every operation the run called answered 200 at least once, so each shows the envelope's field.
    expect(answered.length).toBeGreaterThan(15);
    expect([...added('/apiRevision')].sort()).toEqual(answered);
    for (const op of ['/ibis/card/status', '/ibis/debit-card/add', '/ibis/financial/funds-credit'])
      expect(added('/data/processorRegion').has(op), op).toBe(true);
    for (const op of ['/ibis/card/list', '/ibis/financial/retrieve']) expect(added('/data/*/processorRegion').has(op), op).toBe(true);
    const row = drift.fields.find((f) => f.path === '/apiRevision' && f.operation === '/ibis/card/status')!;
    expect(row).toMatchObject({ type: 'string', example: EXTRA_RESPONSE_FIELDS.envelope.apiRevision });
    expect(row.seen).toBeGreaterThan(0);
    expect(row.seen).toBeLessThanOrEqual(drift.answers['/ibis/card/status']);
    // The drift is in drift.json and conformance.html; the exchange summaries of conformance.json do not repeat it.
    expect(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')).not.toContain('"drift"');
    expect(readFileSync(path.join(reportDir, 'conformance.html'), 'utf8')).toContain('<table id="drift-fields">');
  }, 600_000);

  it('fails with --fail-on-drift, and says why in the verdict line', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-drift-fail-'));
    const r = await runCli(['run', '--env-file', envFile, '--only', '^cards\\.list\\.', '--fail-on-drift', '--report-dir', reportDir]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /^NOT CONFORMANT \(drift: \d+ undocumented fields? on \d+ operations? .*--fail-on-drift is set\): \d+ passed, 0 failed/m,
    );
    expect(JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')).failOnDrift).toBe(true);
  }, 300_000);
});
