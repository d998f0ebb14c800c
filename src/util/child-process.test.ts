import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runNode, stopChild } from './child-process.ts';

/** A node child that runs until stopped, once it printed "ready"; `prelude` runs first. */
async function readyChild(prelude = '') {
  const child = spawn(process.execPath, ['-e', `${prelude} console.log('ready'); setInterval(() => {}, 1000)`], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise((r) => child.stdout.once('data', r));
  return child;
}

describe('stopChild', () => {
  it('stops a child that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const child = await readyChild("process.on('SIGTERM', () => {});");
    await stopChild(child, 200);
    expect(child.signalCode).toBe('SIGKILL');
    await stopChild(child, 200); // already exited: resolves at once
  });
  it('stops a well-behaved child with SIGTERM', async () => {
    const child = await readyChild();
    await stopChild(child, 5000);
    expect(child.signalCode).toBe('SIGTERM');
  });
});

describe('runNode', () => {
  it('collects stdout and stderr and returns the exit code', async () => {
    const r = await runNode(['-e', "console.log('out'); console.error('err'); process.exit(3)"]);
    expect(r).toMatchObject({ code: 3, timedOut: false });
    expect(r.output).toContain('out');
    expect(r.output).toContain('err');
  });
  it('stops a child that outlives its timeout and says so', async () => {
    const r = await runNode(['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 200 });
    expect(r).toMatchObject({ code: null, timedOut: true });
  });
});
