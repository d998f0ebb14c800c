import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { startSimulator, type RunningSimulator } from '../simulator/index.ts';
import { luhnValid } from '../client/redact.ts';
import { createClient } from '../client/client.ts';
import { ROOT } from '../api/paths.ts';
import type { ConformanceReport } from '../reporting/types.ts';
import { causeLine } from '../reporting/causes.ts';
import { AUTH_VALID_CREDENTIALS_ID, ENVELOPE_SUCCESS_SHAPE_ID } from '../harness/check-ids.ts';
import { expiredWaiverId } from './waivers.ts';

/**
 * The run command end to end, as a CI pipeline uses it: a child process against a "remote" target
 * (the simulator behind a recording proxy, declared sandbox), with known secrets.
 */
const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');
/** A check id as a regular expression that matches it alone (for --only). */
const exactly = (...ids: string[]) => `^(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1', ...env },
      cwd: mkdtempSync(path.join(tmpdir(), 'cfc-cwd-')),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Forwards to the simulator and remembers every token and card number it hands out. */
function recordingProxy(
  target: string,
  seen: { tokens: Set<string>; pans: Set<string>; requests: number; logins: number },
): Promise<Server> {
  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    seen.requests += 1;
    if (req.url === '/auth/get-token') seen.logins += 1;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
    ) as Record<string, string>;
    const r = await request(`${target}${req.url}`, {
      method: req.method as 'POST',
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const text = await r.body.text();
    try {
      const data = JSON.parse(text)?.data;
      if (typeof data?.token === 'string') seen.tokens.add(data.token);
      if (typeof data?.newCardNumber?.number === 'string') seen.pans.add(data.newCardNumber.number);
    } catch {
      // not JSON: nothing to remember
    }
    res.writeHead(r.statusCode, { 'content-type': String(r.headers['content-type'] ?? 'application/json') });
    res.end(text);
  };
  // The listener ignores a returned promise: a failed forward ends the connection, so the test sees it.
  const server = createServer((req, res) => void forward(req, res).catch((err: unknown) => res.destroy(err as Error)));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('connectfi-conformance run (child process, remote target)', () => {
  let sim: RunningSimulator;
  let proxy: Server;
  let baseUrl: string;
  const seen = { tokens: new Set<string>(), pans: new Set<string>(), requests: 0, logins: 0 };

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 'run-test' });
    proxy = await recordingProxy(sim.baseUrl, seen);
    baseUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    proxy?.close();
    await sim?.close();
  });

  it('passes against the simulator, writes the four reports, leaks no secret, and closes the cards it opened', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-reports-'));
    const env = { ...sim.env(), CONNECTFI_BASE_URL: baseUrl };
    const before = { requests: seen.requests, logins: seen.logins };
    const r = await runCli(['run', '--report-dir', reportDir, '--evidence', 'all', '--seed', '7', '--runs', '3'], env);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CONFORMANT: \d+ passed, 0 failed/m);

    const files = readdirSync(reportDir).sort();
    expect(files).toEqual(expect.arrayContaining(['conformance.html', 'conformance.json', 'junit.xml', 'summary.md']));
    const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8'));
    expect(report).toMatchObject({ target: baseUrl, seed: '7', summary: { failed: 0 } });
    expect(report.checks.length).toBeGreaterThan(50);
    // The run counts every request it sent (preflight, checks, cleanup) exactly as the target saw
    // them, and logs in once: the workers use the preflight's token (the auth family's get-token
    // checks log in on purpose: one valid login, two refused).
    expect(report.summary.requests).toBe(seen.requests - before.requests);
    expect(seen.logins - before.logins).toBe(1 + 3);
    expect(report.summary.cardsOpened).toBeGreaterThan(0);
    expect(r.stdout).toMatch(new RegExp(`; ${report.summary.requests} requests, ${report.summary.cardsOpened} cards opened$`, 'm'));

    // The secrets this run really met: the password, every token issued, every card number issued.
    expect(seen.tokens.size).toBeGreaterThan(0);
    const secrets = [sim.credentials.password, ...seen.tokens, ...seen.pans];
    for (const file of files) {
      const text = readFileSync(path.join(reportDir, file), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${file} contains a secret`).toBe(false);
      // A card number stands alone; digit runs inside hex requestIds and the like are not PANs
      // (every PAN the run was issued is also checked by value above).
      for (const m of text.matchAll(/(?<![0-9A-Za-z])\d{13,19}(?![0-9A-Za-z])/g)) {
        expect(
          luhnValid(m[0]),
          `${file} contains a Luhn-valid number: …${text.slice(Math.max(0, m.index - 80), m.index).replace(/\d/g, '#')}[${m[0].length} digits]`,
        ).toBe(false);
      }
    }

    // Every card the run opened is closed at the end (no --keep); vAccounts cannot be closed.
    const client = createClient({ baseUrl: sim.baseUrl, ...sim.credentials });
    const list = await client.op('/ibis/card/list', { customerId: sim.fixtures.customerId });
    expect(list.data?.length).toBeGreaterThan(0);
    for (const card of (list.data ?? []).filter((c) => c.programType !== 'vAccountOnly' && c.cFiStatus !== 'Error')) {
      const status = await client.op('/ibis/card/status', { cFiCardId: card.cFiCardId });
      expect(status.data?.status?.code, card.cFiCardId).toBe('F');
    }
    await client.close();
  }, 240_000);

  it('reports a wrong fixture id as failed or skipped checks (exit 1), never a crash', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-reports-'));
    const env = { ...sim.env(), CONNECTFI_BASE_URL: baseUrl, CONNECTFI_CUSTOMER_ID: 'cstap_noSuchCustomer0000000000' };
    const r = await runCli(['run', '--report-dir', reportDir, '--only', '^(envelope|cards)\\.'], env);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    // The console says the causes, one line each, as conformance.json holds them; no line per check.
    const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8')) as ConformanceReport;
    expect(r.stdout.split('\n').filter((l) => l.startsWith('cause '))).toEqual(report.causes!.slice(0, 10).map(causeLine));
    expect(r.stdout).not.toMatch(/^FAILED /m);
    expect(report.causes!.find((c) => c.checks.includes('envelope.success.shape'))?.deviation).toBe('envelope-format');
    // A check that could not issue its card failed on a precondition, not on the rule it grades.
    const failed = report.checks.filter((c) => c.status === 'failed');
    expect(failed.every((c) => c.failureKind === 'assertion' || c.failureKind === 'precondition' || c.failureKind === 'error')).toBe(true);
    expect(failed.find((c) => c.failureKind === 'precondition')?.reason).toMatch(/^precondition failed: debit-card\/add answered HTTP 400/);
  }, 120_000);

  it('honours --max-requests: the requests stay within the budget and the checks left out are skipped with the reason', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-reports-'));
    const before = seen.requests;
    const r = await runCli(
      ['run', '--report-dir', reportDir, '--only', '^status\\.', '--max-requests', '40', '--concurrency', '1', '--keep'],
      { ...sim.env(), CONNECTFI_BASE_URL: baseUrl },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'conformance.json'), 'utf8'));
    expect(seen.requests - before).toBeLessThanOrEqual(40);
    expect(report.summary.requests).toBe(seen.requests - before);
    const leftOut = report.checks.filter(
      (c: { status: string; reason?: string }) =>
        c.status === 'skipped' && /^left out: the request budget \(--max-requests 40\)/.test(c.reason ?? ''),
    );
    expect(leftOut.length).toBeGreaterThan(0);
    expect(report.summary.passed).toBeGreaterThan(0);
    expect(report.summary.passed + leftOut.length).toBe(report.checks.length);
    expect(r.stdout).toMatch(new RegExp(`^${leftOut.length} checks left out by --max-requests 40`, 'm'));
  }, 120_000);

  it('exits 2 with one line naming the cause: stopped port, refused login, not a sandbox, bad option, bad waiver file', async () => {
    const badWaivers = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-waivers-')), 'waivers.json');
    writeFileSync(badWaivers, '{"waivers":[{"id":"x","reason":"because","expires":"someday"}]}');
    const cases: { env: Record<string, string>; args?: string[]; line: RegExp }[] = [
      {
        env: { CONNECTFI_BASE_URL: 'http://127.0.0.1:9', CONNECTFI_TOKEN: 'x', CONNECTFI_ENV: 'sandbox' },
        line: /^error \[UNREACHABLE\]: cannot reach http:\/\/127\.0\.0\.1:9: ECONNREFUSED/,
      },
      { env: { ...sim.env(), CONNECTFI_PASSWORD: 'wrong-password' }, line: /^error \[AUTH_REFUSED\]: authentication refused by / },
      {
        env: { ...sim.env(), CONNECTFI_TOKEN: 'not-a-token', CONNECTFI_LOGIN: '', CONNECTFI_PASSWORD: '' },
        line: /^error \[AUTH_REFUSED\]: /,
      },
      { env: { ...sim.env(), CONNECTFI_ENV: 'production' }, line: /^error \[NOT_SANDBOX\]: refusing to run against / },
      { env: {}, args: ['--rate-limit', 'fast'], line: /^error \[INVALID_OPTION\]: --rate-limit must look like 10\/s/ },
      { env: {}, args: ['--bogus'], line: /^error \[USAGE\]: Unknown option '--bogus'/ },
      {
        env: sim.env(),
        args: ['--waivers', badWaivers],
        line: /^error \[INVALID_WAIVERS\]: .*waivers\[0\] \(x\) expires must be a date YYYY-MM-DD, got "someday"/,
      },
    ];
    for (const c of cases) {
      const r = await runCli(['run', ...(c.args ?? [])], c.env);
      expect(r.code, `${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr.split('\n').find((l) => l.startsWith('error ['))).toMatch(c.line);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('waives a failing check listed in the waiver file, and fails the run for an expired waiver', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'cfc-reports-'));
    const waivers = path.join(reportDir, 'waivers.json');
    const env = { ...sim.env(), CONNECTFI_BASE_URL: baseUrl, CONNECTFI_CUSTOMER_ID: 'cstap_noSuchCustomer0000000000' };
    const waiver = (reason: string, expires: string) => JSON.stringify({ waivers: [{ id: ENVELOPE_SUCCESS_SHAPE_ID, reason, expires }] });
    writeFileSync(waivers, waiver('test waiver', '2999-01-01'));
    // A waived failure does not fail the run; a get-token check passes alongside it.
    const waived = await runCli(
      ['run', '--report-dir', reportDir, '--only', exactly(ENVELOPE_SUCCESS_SHAPE_ID, AUTH_VALID_CREDENTIALS_ID), '--waivers', waivers],
      env,
    );
    expect(waived.code, waived.stdout + waived.stderr).toBe(0);
    expect(waived.stdout).toMatch(/^CONFORMANT: 1 passed, 0 failed, 0 skipped, 0 not applicable, 1 waived/m);
    // Only the waived check: nothing passed, so the run is inconclusive, never green.
    const alone = await runCli(['run', '--report-dir', reportDir, '--only', exactly(ENVELOPE_SUCCESS_SHAPE_ID), '--waivers', waivers], env);
    expect(alone.code, alone.stdout + alone.stderr).toBe(2);
    expect(alone.stdout).toMatch(/^INCONCLUSIVE: 0 passed, 0 failed, 0 skipped, 0 not applicable, 1 waived/m);
    expect(alone.stderr).toMatch(/^error \[INCONCLUSIVE\]: no check passed/m);
    writeFileSync(waivers, waiver('old waiver', '2001-01-01'));
    const expired = await runCli(['run', '--report-dir', reportDir, '--only', exactly(ENVELOPE_SUCCESS_SHAPE_ID), '--waivers', waivers], {
      ...sim.env(),
      CONNECTFI_BASE_URL: baseUrl,
    });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain(
      `cause waiver-expired: has waivers past their date, in 1 check (e.g. ${expiredWaiverId(ENVELOPE_SUCCESS_SHAPE_ID)})`,
    );
  }, 360_000);
});
