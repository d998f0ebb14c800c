import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/index.ts';
import { stopChild } from '../util/child-process.ts';
import { readEnvFile } from '../util/env-file.ts';

/** A server under test, running in its own process (so the load generator does not share its event loop). */
export interface BenchServer {
  name: string;
  baseUrl: string;
  /** Headers every request needs (the simulator's token). */
  headers: Record<string, string>;
  /** The simulator's CONNECTFI_* variables (fixture ids); empty for Prism. */
  env: Record<string, string>;
  pid: number | undefined;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Children still running when the bench process exits are killed (no orphans). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export async function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms: ${out.slice(-500)}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(m);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before it started: ${out.slice(-500)}`));
    });
  });
}

/** The simulator as users run it: `connectfi-conformance simulator`, in its own process. */
export async function startSimulatorProcess(seed: string): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-bench-'));
  const envFile = path.join(dir, 'sim.env');
  const child = track(
    spawn(
      process.execPath,
      ['--', path.join(ROOT, 'bin', 'connectfi-conformance.mjs'), 'simulator', '--port', '0', '--seed', seed, '--write-env', envFile],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
  await waitForLine(child, /credentials and fixture ids written to/, 15_000, 'the simulator');
  const env = readEnvFile(envFile, true);
  rmSync(dir, { recursive: true, force: true });
  const baseUrl = env.CONNECTFI_BASE_URL;
  return {
    name: 'simulator',
    baseUrl,
    headers: { 'x-connectfi-token': await login(baseUrl, env) },
    env,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

/** A token from POST /auth/get-token with the CONNECTFI_LOGIN and CONNECTFI_PASSWORD of `env`. */
export async function login(baseUrl: string, env: Record<string, string>): Promise<string> {
  const res = await fetch(`${baseUrl}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: { login: env.CONNECTFI_LOGIN, password: env.CONNECTFI_PASSWORD } }),
  });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** Prism's mock server (@stoplight/prism-cli) serving generated/openapi.json, in its own process. */
export async function startPrism(openapi = path.join(ROOT, 'generated', 'openapi.json')): Promise<BenchServer> {
  const port = await freePort();
  const bin = path.join(ROOT, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const child = track(
    spawn(process.execPath, [bin, 'mock', openapi, '-p', String(port), '-h', '127.0.0.1', '--verboseLevel', 'error'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  // Prism prints nothing at --verboseLevel error: poll until it answers.
  const started = Date.now();
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('prism exited before it started (is @stoplight/prism-cli installed?)');
    try {
      await fetch(`${baseUrl}/ibis/card/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-connectfi-token': 'bench' },
        body: '{"customerId":"cstap_1"}',
      });
      break;
    } catch {
      if (Date.now() - started > 30_000) {
        await stopChild(child);
        throw new Error('prism did not answer within 30 s');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { name: 'prism', baseUrl, headers: { 'x-connectfi-token': 'bench' }, env: {}, pid: child.pid, stop: () => stopChild(child) };
}
