import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, listeningOnceWritten, watchOutput } from '../../testing/spawn-cli.ts';
import { readEnvFile } from '../../util/env-file.ts';

// `simulator [--port N] [--write-env F] [--latency MS] [--seed S]` prints the base URL, writes every
// CONNECTFI_* variable to --write-env, stops on SIGINT/SIGTERM and exits 0 (README, "Command line"). Start-up time is measured by
// `npm run bench`, not asserted here: a timed test fails on a loaded machine, not on a slow simulator.
describe('connectfi-conformance simulator', () => {
  it('starts, writes the env file, and exits 0 on SIGTERM', async () => {
    const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'sim.env');
    const child = spawn(process.execPath, [BIN, 'simulator', '--port', '0', '--write-env', envFile, '--seed', 'cli'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = watchOutput(child);
    const baseUrl = await output.until(listeningOnceWritten(envFile));
    const env = readEnvFile(envFile, true);
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
    expect(output.out).not.toContain(env.CONNECTFI_PASSWORD);
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
    const output = watchOutput(child);
    await output.until((out) => out.includes(envFile) || undefined);
    expect(readFileSync(envFile, 'utf8')).toMatch(/^CONNECTFI_PASSWORD=.+$/m);
    expect(statSync(envFile).mode & 0o077).toBe(0);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });

  it('keeps --env-file as an alias that says to use --write-env', async () => {
    const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'old.env');
    const child = spawn(process.execPath, ['--', BIN, 'simulator', '--env-file', envFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = watchOutput(child);
    await output.until((out) => out.includes(envFile) || undefined);
    expect(readFileSync(envFile, 'utf8')).toMatch(/^CONNECTFI_BASE_URL=http.+$/m);
    expect(output.err).toMatch(/simulator --env-file is an old alias; use --write-env F/);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });
});
describe('connectfi-conformance simulator --fault', () => {
  it('starts a faulty simulator: with auth-not-enforced a request without a token is served', async () => {
    const child = spawn(process.execPath, ['--', BIN, 'simulator', '--fault', 'auth-not-enforced'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const baseUrl = await watchOutput(child).until((out) => /listening on (http:\/\/\S+)\nFAULT auth-not-enforced/.exec(out)?.[1]);
      const res = await fetch(`${baseUrl}/ibis/card/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerId: 'cstap_unknown' }),
      });
      expect(res.status).not.toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
