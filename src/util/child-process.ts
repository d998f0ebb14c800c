import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Stops a child process: SIGTERM, then SIGKILL if it has not exited after `graceMs`. Resolves once
 * it has exited (at once if it already had). The one stop-a-child sequence of the project (the
 * self-check's child runs, the bench's servers).
 */
export function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    timer.unref();
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface ChildRun {
  /** The exit code, or null when the child ended by a signal. */
  code: number | null;
  /** True when the child outlived `timeoutMs` and was stopped. */
  timedOut: boolean;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

/**
 * Runs `node args...` to the end with its stdout and stderr collected (and copied to `echo` as
 * they arrive, when given); past `timeoutMs` the child is stopped with stopChild. The one way the
 * project runs a child of its own CLI to completion (the self-check's runs, the bench's run).
 */
export function runNode(
  args: readonly string[],
  o: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; echo?: NodeJS.WritableStream } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: o.cwd, env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const collect = (d: Buffer) => {
      chunks.push(d);
      o.echo?.write(d);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer =
      o.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            void stopChild(child, 5000);
          }, o.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
