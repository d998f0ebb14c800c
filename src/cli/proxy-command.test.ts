import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { parseProxyArgs } from './commands/proxy.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');

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
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no proxy URL within 10 s: ${out} ${err}`)), 10_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /connectFi proxy listening on (http:\/\/\S+)/.exec(out);
        if (m && out.includes(envFile)) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      void exited.then((code) => reject(new Error(`exited ${code}: ${out} ${err}`)));
    });
    const env = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
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
    expect(out).toMatch(/proxy: 2 exchanges, 1 schema violation\(s\), 2 operation\(s\)/);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(out).toMatch(/verdict NOT-READY/);
    for (const f of ['integration.json', 'integration.html', 'junit.xml', 'summary.md', 'drift.json'])
      expect(existsSync(path.join(reportDir, f)), f).toBe(true);
    // The session's drift (docs/architecture.md, "Observed drift"): the clean simulator adds nothing.
    const drift = JSON.parse(readFileSync(path.join(reportDir, 'drift.json'), 'utf8'));
    expect(drift).toMatchObject({ fields: [], values: [], statuses: [], headers: [] });
    expect(drift.answers).toEqual({ '/auth/get-token': 1, '/ibis/financial/funds-credit': 1 });
    const everything =
      ['integration.json', 'integration.html', 'junit.xml', 'summary.md', 'drift.json']
        .map((f) => readFileSync(path.join(reportDir, f), 'utf8'))
        .join('\n') + out;
    expect(everything).not.toContain(env.CONNECTFI_PASSWORD);
    expect(everything).not.toContain(token);
  }, 30_000);

  it.each([
    [['--upstream', 'ftp://x'], '--upstream must be an http(s) URL or "simulator", got "ftp://x"'],
    [['--upstream', 'not a url'], '--upstream must be an http(s) URL or "simulator", got "not a url"'],
    [['--port=-1'], '--port must be an integer from 0 to 65535, got "-1"'],
    [['--progress-every', 'x'], '--progress-every must be an integer from 0 to 1000000, got "x"'],
    [['--upstream', 'https://sandbox.example', '--write-env', 'f'], '--write-env needs --upstream simulator'],
    [['extra'], 'unexpected argument "extra"'],
  ])('validates %j early: %s', (argv, message) => {
    expect(() => parseProxyArgs(argv, {}, tmpdir())).toThrow(message);
  });

  it('takes the upstream from CONNECTFI_BASE_URL, else the simulator', () => {
    expect(parseProxyArgs([], { CONNECTFI_BASE_URL: 'https://sandbox.example' }, tmpdir()).upstream).toBe('https://sandbox.example');
    expect(parseProxyArgs([], {}, tmpdir()).upstream).toBe('simulator');
    expect(() => parseProxyArgs([], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir())).toThrow(
      'CONNECTFI_BASE_URL must be an http(s) URL or "simulator", got "ftp://x"',
    );
    expect(parseProxyArgs(['--upstream', 'simulator'], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir()).upstream).toBe('simulator');
  });
});
