import { fork, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../api/index.ts';
import type { LaneJob, LaneReply } from './lane.ts';
import { COMPILED } from '../util/compiled.ts';
import type { TargetRunOptions } from './run-target.ts';
import type { RunResult } from './score.ts';

// A lane runs as this file does: compiled in an installed package (dist/, where lane.ts is lane.js)
// or as TypeScript through tsx in a checkout.
const LANE_FILE = fileURLToPath(new URL(COMPILED ? './lane.js' : './lane.ts', import.meta.url));
const LANE_EXEC_ARGV = COMPILED ? [] : ['--import', 'tsx'];

/**
 * The environment of a lane: this process's, without any CONNECTFI_* variable (a developer's own
 * target must not leak in), FC_SEED or GITHUB_STEP_SUMMARY (no summary per fault).
 */
export function childEnv(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(parent)) {
    if (key.startsWith('CONNECTFI_') || key === 'FC_SEED' || key === 'GITHUB_STEP_SUMMARY') continue;
    env[key] = value;
  }
  return env;
}

interface Lane {
  child: ChildProcess;
  log: number;
  pending?: { id: number; resolve: (r: RunResult) => void; timer: NodeJS.Timeout; started: number };
}

/**
 * A fixed number of lanes (child processes, see lane.ts), each running one job at a time. A job
 * that outlives its timeout kills its lane; the next job gets a new one.
 */
export class LanePool {
  private lanes: (Lane | undefined)[];
  private nextId = 0;
  private spawned = 0;

  constructor(
    private readonly size: number,
    private readonly logDir: string,
    private readonly timeoutMs: number,
  ) {
    this.lanes = new Array<Lane | undefined>(size).fill(undefined);
    mkdirSync(logDir, { recursive: true });
  }

  private spawn(index: number): Lane {
    const log = openSync(path.join(this.logDir, `lane-${index + 1}${this.spawned >= this.size ? `-${this.spawned}` : ''}.log`), 'w');
    this.spawned += 1;
    const child = fork(LANE_FILE, [], {
      cwd: ROOT,
      env: childEnv(process.env),
      execArgv: LANE_EXEC_ARGV,
      stdio: ['ignore', log, log, 'ipc'],
    });
    const lane: Lane = { child, log };
    const fail = (why: string) => {
      const p = lane.pending;
      if (!p) return;
      lane.pending = undefined;
      clearTimeout(p.timer);
      p.resolve({ exitCode: null, checks: [], error: why, durationMs: Date.now() - p.started });
    };
    child.on('message', (reply: LaneReply) => {
      const p = lane.pending;
      if (!p || reply.id !== p.id) return;
      lane.pending = undefined;
      clearTimeout(p.timer);
      p.resolve(
        'result' in reply
          ? reply.result
          : { exitCode: null, checks: [], error: `the lane crashed: ${reply.crash.split('\n')[0]}`, durationMs: Date.now() - p.started },
      );
    });
    child.on('exit', (code, signal) => {
      if (this.lanes[index] === lane) this.lanes[index] = undefined;
      closeSync(lane.log);
      fail(`the lane exited (${signal ?? code})`);
    });
    this.lanes[index] = lane;
    return lane;
  }

  /** Runs `options` on lane `index` (0 ≤ index < size), which must be idle. */
  run(index: number, options: TargetRunOptions): Promise<RunResult> {
    const lane = this.lanes[index] ?? this.spawn(index);
    const id = (this.nextId += 1);
    return new Promise((resolve) => {
      const started = Date.now();
      const timer = setTimeout(() => {
        lane.pending = undefined;
        if (this.lanes[index] === lane) this.lanes[index] = undefined;
        lane.child.kill('SIGKILL');
        resolve({
          exitCode: null,
          checks: [],
          error: `timed out after ${Math.round(this.timeoutMs / 1000)} s (log: ${this.logDir})`,
          durationMs: Date.now() - started,
        });
      }, this.timeoutMs);
      lane.pending = { id, resolve, timer, started };
      lane.child.send({ id, options } satisfies LaneJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.lanes
        .filter((lane) => lane !== undefined)
        .map(
          (lane) =>
            new Promise<void>((resolve) => {
              lane.child.once('exit', () => resolve());
              lane.child.disconnect();
            }),
        ),
    );
  }
}
