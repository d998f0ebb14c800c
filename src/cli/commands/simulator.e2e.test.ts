import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../api/index.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');

// `simulator [--port N] [--write-env F] [--latency MS] [--seed S]` prints the base URL, writes every
// CONNECTFI_* variable to --write-env, stops on SIGINT/SIGTERM and exits 0 (README, "Command line"). Start-up time is measured by
// `npm run bench`, not asserted here: a timed test fails on a loaded machine, not on a slow simulator.
describe('connectfi-conformance simulator', () => {
  it('starts, writes the env file, and exits 0 on SIGTERM', async () => {
    const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'sim.env');
    const child = spawn(process.execPath, [BIN, 'simulator', '--port', '0', '--write-env', envFile, '--seed', 'cli'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGTERM'); // a failed start must not leave its simulator running
        reject(new Error(`no base URL within 20 s: ${out}`));
      }, 20_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /connectFi simulator listening on (http:\/\/\S+)/.exec(out);
        if (m && out.includes(envFile)) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out} ${err}`)));
    });
    const env = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
    expect(env.CONNECTFI_BASE_URL).toBe(baseUrl);
    for (const key of [
      'CONNECTFI_LOGIN',
      'CONNECTFI_PASSWORD',
      'CONNECTFI_ENV',
      'CONNECTFI_CUSTOMER_ID',
      'CONNECTFI_UNVERIFIED_CUSTOMER_ID',
      'CONNECTFI_BUSINESS_CUSTOMER_ID',
      'CONNECTFI_BUSINESS_REPRESENTATIVE_ID',
      'CONNECTFI_BUSINESS_EMPLOYEE_ID',
      'CONNECTFI_DEBIT_PROGRAM_ID',
      'CONNECTFI_OTHER_DEBIT_PROGRAM_ID',
      'CONNECTFI_CREDIT_PROGRAM_ID',
    ]) {
      expect(env[key], key).toBeTruthy();
    }
    expect(out).not.toContain(env.CONNECTFI_PASSWORD);
    const res = await fetch(`${baseUrl}/auth/get-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { login: env.CONNECTFI_LOGIN, password: env.CONNECTFI_PASSWORD } }),
    });
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });

  it('--write-env writes a file that does not exist yet (and is private: mode 0600)', async () => {
    const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'new.env');
    // No "--" before the script: Node 20 must not mistake --write-env for one of its own options.
    const child = spawn(process.execPath, [BIN, 'simulator', '--write-env', envFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes(envFile)) resolve();
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(readFileSync(envFile, 'utf8')).toMatch(/^CONNECTFI_PASSWORD=.+$/m);
    expect(statSync(envFile).mode & 0o077).toBe(0);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });

  it('keeps --env-file as an alias that says to use --write-env', async () => {
    const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'old.env');
    const child = spawn(process.execPath, ['--', BIN, 'simulator', '--env-file', envFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes(envFile)) resolve();
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(readFileSync(envFile, 'utf8')).toMatch(/^CONNECTFI_BASE_URL=http.+$/m);
    expect(err).toMatch(/simulator --env-file is an old alias; use --write-env F/);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });
});
const processes: ReturnType<typeof spawn>[] = [];

/** Runs the CLI until it exits, or until `until` matches its stdout (then stops it with SIGTERM). */
function cli(args: string[], until?: RegExp): Promise<{ code: number | null; out: string; err: string; match?: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--', BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let match: RegExpExecArray | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${out} ${err}`));
    }, 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = until?.exec(out);
      if (m && !match) {
        match = m;
        resolve({ code: null, out, err, match });
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, match });
    });
    processes.push(child);
  });
}

afterAll(() => {
  for (const p of processes) if (p.exitCode === null) p.kill('SIGTERM');
});

describe('connectfi-conformance simulator --fault', () => {
  it('starts a faulty simulator: with auth-not-enforced a request without a token is served', async () => {
    const r = await cli(['simulator', '--fault', 'auth-not-enforced'], /listening on (http:\/\/\S+)\nFAULT /);
    try {
      expect(r.out).toContain('FAULT auth-not-enforced');
      const res = await fetch(`${r.match![1]}/ibis/card/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerId: 'cstap_unknown' }),
      });
      expect(res.status).not.toBe(401);
    } finally {
      for (const p of processes) if (p.exitCode === null) p.kill('SIGTERM');
    }
  });
});
