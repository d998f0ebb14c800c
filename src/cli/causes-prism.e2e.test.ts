import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type BenchServer } from '../bench/servers.ts';
import { causeLine, causeTitle } from '../reporting/causes.ts';
import { DEVIATION_WORDS } from '../reporting/deviations.ts';
import type { ConformanceReport } from '../reporting/types.ts';
import { runCli, type CliResult } from '../testing/spawn-cli.ts';

/**
 * A foreign implementation, tried as a new user would (docs/ci.md, "Causes"): Prism's stateless
 * mock of generated/openapi.json answers every valid request with the documented example, checks
 * no token and keeps no state. Hundreds of checks fail; the run says why in a few causes, none
 * named by assertion text, each failure in exactly one of them, and the console prints at most 10.
 */

/** Fixture ids from the docs' examples: Prism validates request bodies against the schemas. */
const FIXTURES = {
  CONNECTFI_CUSTOMER_ID: 'cstap_1Vu13vFOsYLXR2Tsvm68jW',
  CONNECTFI_UNVERIFIED_CUSTOMER_ID: 'cstap_2Vu13vFOsYLXR2Tsvm68jW',
  CONNECTFI_BUSINESS_CUSTOMER_ID: 'cstap_3Vu13vFOsYLXR2Tsvm68jW',
  CONNECTFI_BUSINESS_REPRESENTATIVE_ID: 'cstap_4Vu13vFOsYLXR2Tsvm68jW',
  CONNECTFI_BUSINESS_EMPLOYEE_ID: 'cstap_5Vu13vFOsYLXR2Tsvm68jW',
  CONNECTFI_DEBIT_PROGRAM_ID: 'Evolve_Test',
  CONNECTFI_OTHER_DEBIT_PROGRAM_ID: 'Evolve_Test2',
  CONNECTFI_CREDIT_PROGRAM_ID: 'Evolve_Test',
};
/** What no cause title may look like: vitest's assertion text, a run-wide reason, ids or bodies. */
const ASSERTION_TEXT = /expected|Object\.is|to (be|equal|match|include)|deeply|…|\d+ of \d+ responses|[{}[\]'"]|icrd_|cstap_/;

let prism: BenchServer;
let run: CliResult;
let report: ConformanceReport;

beforeAll(async () => {
  prism = await startPrism();
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-prism-'));
  run = await runCli(['run', '--target', prism.baseUrl, '--report-dir', reportDir, '--quiet'], {
    CONNECTFI_TOKEN: 'prism-accepts-any-token',
    CONNECTFI_ENV: 'sandbox',
    ...FIXTURES,
  });
  report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport;
}, 240_000);

afterAll(async () => {
  await prism?.stop();
});

describe("a run against Prism's mock of the docs", () => {
  it('fails, with at most 12 causes that cover every failure exactly once', () => {
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const failures = report.checks.filter((c) => c.status === 'failed' || c.status === 'error').map((c) => c.id);
    expect(failures.length).toBeGreaterThan(100);
    const causes = report.causes!;
    expect(causes.length).toBeGreaterThan(1);
    expect(causes.length).toBeLessThanOrEqual(12);
    const covered = causes.flatMap((c) => c.checks);
    expect(covered.sort()).toEqual(failures.sort());
    expect(new Set(covered).size).toBe(covered.length);
    // Largest first; one cause per deviation, each a word of the vocabulary.
    expect(causes.map((c) => c.checks.length)).toEqual(causes.map((c) => c.checks.length).sort((a, b) => b - a));
    for (const c of causes) {
      expect(DEVIATION_WORDS).toContain(c.deviation);
      expect(report.checks.filter((r) => c.checks.includes(r.id)).every((r) => r.deviation === c.deviation)).toBe(true);
    }
  });

  it('titles each cause with a plain sentence, never with assertion text', () => {
    for (const c of report.causes!) {
      expect(c.title).not.toMatch(ASSERTION_TEXT);
      expect(c.title).toBe(causeTitle(c.deviation, c.operations.length, c.checks.length));
      expect(c.checks).toContain(c.example.check);
    }
  });

  it('names what Prism does: it checks no token, keeps no reference unique and accepts what the docs refuse', () => {
    const of = (id: string) => report.causes!.find((c) => c.checks.includes(id))?.deviation;
    expect(of('auth.wrong-token.ibis-card-list')).toBe('auth-not-enforced');
    expect(of('idempotency.debit-card-add.duplicate')).toBe('idempotency-broken');
    expect(of('money.pull.funds-debit.status-I')).toBe('accepts-invalid-request');
    expect(of('status.transition.A-B')).toBe('state-not-kept');
  });

  it('prints the verdict, then at most 10 cause lines, and no line per failed check', () => {
    const lines = run.stdout.split('\n');
    const verdict = lines.findIndex((l) => l.startsWith('NOT CONFORMANT: '));
    expect(verdict).toBeGreaterThanOrEqual(0);
    const causeLines = lines.filter((l) => l.startsWith('cause '));
    expect(causeLines.length).toBeLessThanOrEqual(10);
    expect(causeLines).toEqual(report.causes!.slice(0, 10).map(causeLine));
    expect(lines.slice(verdict + 1, verdict + 1 + causeLines.length)).toEqual(causeLines);
    expect(run.stdout).not.toMatch(/^FAILED /m);
  });
});
