import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For tests that drive the CLI as a user does: the package's bin in a child process, and the
 * standalone simulator (`connectfi-conformance simulator`) on a free port.
 */
export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'connectfi-conformance.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  env: Record<string, string> = {},
  cwd = mkdtempSync(path.join(tmpdir(), 'cfc-cwd-')),
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--', BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1', ...env },
      cwd,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface StandaloneSimulator {
  baseUrl: string;
  /** The dotenv file it wrote (credentials, fixtures, CONNECTFI_ENV=sandbox). */
  envFile: string;
  stop(): Promise<number | null>;
}

export async function startStandaloneSimulator(args: string[] = []): Promise<StandaloneSimulator> {
  const envFile = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-sim-')), 'sim.env');
  writeFileSync(envFile, '');
  const child: ChildProcess = spawn(process.execPath, ['--', BIN, 'simulator', '--port', '0', '--write-env', envFile, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the simulator did not start within 30 s: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes(envFile)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`the simulator exited ${code}: ${out}`)));
  });
  return {
    baseUrl,
    envFile,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.on('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
