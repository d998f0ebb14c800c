import { spawn } from 'node:child_process';

/**
 * A shell command run to its end with its output streamed (`proxy --exec "CMD"`, modelled on
 * Firebase's `emulators:exec` and start-server-and-test): CMD runs in `sh -c` in a process group of
 * its own, so a stop reaches everything it started (npm, vitest and its workers), not only the shell.
 */
export interface CommandExit {
  /** The exit code; for a command ended by a signal, 128 + the signal's number, as a shell reports it. */
  code: number;
  /** The signal that ended it, if one did. */
  signal: NodeJS.Signals | null;
}

export interface RunningCommand {
  pid: number;
  exited: Promise<CommandExit>;
  /** Sends `signal` to the command's process group, then SIGKILL if it has not exited after `graceMs`. */
  stop(signal: NodeJS.Signals, graceMs?: number): Promise<CommandExit>;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Starts `cmd` in `sh -c` with `env`; stdout and stderr are this process's, stdin is closed (a test command reads none). */
export function startShellCommand(cmd: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): RunningCommand {
  const child = spawn('sh', ['-c', cmd], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const exited = new Promise<CommandExit>((resolve) => {
    child.once('error', () => resolve({ code: 127, signal: null }));
    child.once('exit', (code, signal) => resolve({ code: code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0), signal }));
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  return {
    pid: child.pid ?? -1,
    exited,
    stop(signal, graceMs = 10_000) {
      kill(signal);
      const timer = setTimeout(() => kill('SIGKILL'), graceMs);
      timer.unref();
      return exited.finally(() => clearTimeout(timer));
    },
  };
}
