import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, listeningOnceWritten, watchOutput } from '../testing/spawn-cli.ts';
import { readEnvFile } from '../util/env-file.ts';

describe('connectfi-conformance proxy', () => {
  it('fronts the embedded simulator, reports on POST /__proxy/report and on SIGTERM (exit 1 when not ready)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-proxy-'));
    const envFile = path.join(dir, 'app.env');
    const reportDir = path.join(dir, 'reports');
    const child = spawn(
      process.execPath,
      [BIN, 'proxy', '--upstream', 'simulator', '--port', '0', '--report-dir', reportDir, '--write-env', envFile, '--progress-every', '2'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CONNECTFI_BASE_URL: '' },
      },
    );
    const output = watchOutput(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await output.until(listeningOnceWritten(envFile), 10_000);
    const env = readEnvFile(envFile, true);
    expect(env.CONNECTFI_BASE_URL).toBe(url);
    const post = async (p: string, body: unknown, token?: string) => {
      const res = await fetch(`${url}${p}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    };
    const token = (await post('/auth/get-token', { user: { login: env.CONNECTFI_LOGIN, password: env.CONNECTFI_PASSWORD } })).json.data
      .token as string;
    // An app sending an invalid funds-credit body gets the simulator's own answer.
    const invalid = await post(
      '/ibis/financial/funds-credit',
      { cFiCardId: 'icrd_abc', reference: 'r1', amount: 5, currency: 'usd' },
      token,
    );
    expect(invalid.status).toBe(400);
    expect(invalid.json.context[0]).toMatchObject({ keyword: 'pattern', instancePath: '/currency' });
    const answer = await post('/__proxy/report', {});
    expect(answer.status).toBe(200);
    expect(answer.json.verdict).toBe('not-ready');
    const report = JSON.parse(readFileSync(path.join(reportDir, 'integration.json'), 'utf8'));
    expect(Object.keys(report).slice(0, 9)).toEqual([
      'upstream',
      'startedAt',
      'durationMs',
      'exchanges',
      'verdict',
      'violations',
      'outcomes',
      'behaviours',
      'coverage',
    ]);
    expect(report.violations).toContainEqual(
      expect.objectContaining({
        operation: '/ibis/financial/funds-credit',
        kind: 'request-schema',
        keyword: 'pattern',
        instancePath: '/currency',
        exchange: 2,
      }),
    );
    expect(output.out).toMatch(/proxy: 2 exchanges, 1 schema violation\(s\), 2 operation\(s\)/);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(output.out).toMatch(/verdict NOT-READY/);
    for (const f of ['integration.json', 'integration.html', 'junit.xml', 'summary.md'])
      expect(existsSync(path.join(reportDir, f)), f).toBe(true);
    const everything =
      ['integration.json', 'integration.html', 'junit.xml', 'summary.md']
        .map((f) => readFileSync(path.join(reportDir, f), 'utf8'))
        .join('\n') + output.out;
    expect(everything).not.toContain(env.CONNECTFI_PASSWORD);
    expect(everything).not.toContain(token);
  }, 30_000);
});
