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

/** A child process's output as it comes, for tests that wait for a line of it. */
export interface WatchedOutput {
  readonly out: string;
  readonly err: string;
  /**
   * Resolves with what `find` first finds in the standard output so far; rejects when the child
   * exits first, or after `ms` (then stops the child: a failed start must not leave it running).
   */
  until<T>(find: (out: string) => T | undefined, ms?: number): Promise<T>;
}

export function watchOutput(child: ChildProcess): WatchedOutput {
  const seen = { out: '', err: '' };
  child.stdout!.on('data', (d: Buffer) => (seen.out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (seen.err += d.toString()));
  return {
    get out() {
      return seen.out;
    },
    get err() {
      return seen.err;
    },
    until: (find, ms = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGTERM');
          reject(new Error(`not found within ${ms / 1000} s: ${seen.out} ${seen.err}`));
        }, ms);
        const look = () => {
          const found = find(seen.out);
          if (found === undefined) return;
          clearTimeout(timer);
          child.stdout!.off('data', look);
          resolve(found);
        };
        child.stdout!.on('data', look);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`exited ${code}: ${seen.out} ${seen.err}`));
        });
        look();
      }),
  };
}

/** The base URL a server printed ("… listening on http://…") once its output also names `file` (the env file it wrote). */
export const listeningOnceWritten = (file: string) => (out: string) =>
  out.includes(file) ? /listening on (http:\/\/\S+)/.exec(out)?.[1] : undefined;

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
  const baseUrl = await watchOutput(child).until(listeningOnceWritten(envFile), 30_000);
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
