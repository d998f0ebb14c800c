import { spawn } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';
import { claimedBlock } from '../testing/doc-shell.ts';

/**
 * Progress during the checks, from the vitest workers: the standalone simulator behind a proxy that
 * never answers /ibis/card/set-status. While a check waits for it, the run's progress line names
 * the checks done of their total, that request (sent by a worker thread) and for how long, and the
 * check waiting on it.
 */
const HELD = '/ibis/card/set-status';
const CHECK = 'status.transition.B-S';

function holdingProxy(target: string, held: ServerResponse[], release: { now: boolean }): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === HELD) return void (release.now ? res.destroy() : held.push(res));
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
      );
      fetch(`${target}${req.url}`, {
        method: req.method,
        headers: headers as Record<string, string>,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      })
        .then(async (r) => {
          res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch(() => res.destroy());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('progress while checks wait on a request', () => {
  let sim: StandaloneSimulator;
  let proxy: Server;
  const held: ServerResponse[] = [];
  const release = { now: false };
  let dir: string;

  beforeAll(async () => {
    sim = await startStandaloneSimulator(['--seed', 'progress']);
    proxy = await holdingProxy(sim.baseUrl, held, release);
    dir = mkdtempSync(path.join(tmpdir(), 'cfc-progress-e2e-'));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    writeFileSync(
      path.join(dir, 'proxy.env'),
      readFileSync(sim.envFile, 'utf8').replace(/^CONNECTFI_BASE_URL=.*$/m, `CONNECTFI_BASE_URL=${url}`),
    );
  }, 60_000);
  afterAll(async () => {
    for (const res of held) res.destroy();
    proxy?.closeAllConnections();
    await new Promise((resolve) => proxy?.close(resolve));
    await sim?.stop();
  });

  it("names the worker's request in flight, for how long, and the check waiting on it", async () => {
    const child = spawn(
      process.execPath,
      ['--', BIN, 'run', '--env-file', 'proxy.env', '--only', `^${CHECK.replace(/\./g, '\\.')}$`, '--report-dir', 'r'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CONNECTFI_TIMEOUT_MS: '30000', CONNECTFI_PROGRESS_MS: '300' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /^progress .*oldest request in flight: POST \/ibis\/card\/set-status.*$/m.exec(stderr);
        if (m) resolve(m[0]);
      });
      void exited.then((code) => reject(new Error(`the run ended (${code}) before a progress line named ${HELD}:\n${stderr}`)));
    });
    // Said while the proxy still held the request.
    expect(held).toHaveLength(1);
    expect(line).toMatch(
      new RegExp(
        `^progress \\d:\\d\\d \\| checks: 0 of 1 done, 1 running \\| oldest request in flight: POST /ibis/card/set-status, \\d+\\.\\d s \\(1 in flight\\) \\| longest-running check: ${CHECK.replace(/\./g, '\\.')}, \\d+\\.\\d s$`,
      ),
    );
    // The answer never comes: the connection drops (and any retry's), and the run ends with its verdict.
    release.now = true;
    for (const res of held) res.destroy();
    const code = await exited;
    expect([1, 2], stderr).toContain(code);
  }, 120_000);
});

describe('docs/verdicts.md, "Progress": the commands as written, against the embedded simulator', () => {
  const sh = (line: string, cwd: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('sh', ['-c', line.replace(/\bnpx connectfi-conformance\b/, `node -- '${BIN}'`)], {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('--quiet prints the verdict and the reports only; CONNECTFI_PROGRESS_MS is accepted', async () => {
    const [quiet, interval] = claimedBlock('progress').commands.map((c) => c.line);
    expect(quiet).toBe('npx connectfi-conformance run --quiet');
    expect(interval).toMatch(/^CONNECTFI_PROGRESS_MS=\d+ npx connectfi-conformance run$/);
    const cwd = mkdtempSync(path.join(tmpdir(), 'cfc-progress-doc-'));
    const q = await sh(quiet, cwd);
    expect(q.code, q.stdout + q.stderr).toBe(0);
    expect(q.stderr).toBe('');
    expect(q.stdout).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed/m);
    expect(q.stdout).toMatch(/^reports: /m);
    const i = await sh(interval, cwd);
    expect(i.code, i.stdout + i.stderr).toBe(0);
    expect(i.stderr).toMatch(/^connectfi-conformance: run \S+ against the embedded simulator/m);
    expect(i.stderr).toMatch(/^ok {3}\S*suites\/live\/\S+\.test\.ts {2}\d+ passed/m);
  }, 240_000);
});
