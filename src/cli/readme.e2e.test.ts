import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { readmeCommands } from '../testing/readme-commands.ts';

/**
 * The README's own commands, run as written in a fresh clone of this repository: the quick start
 * (`npm ci`, `npm run conformance`) and the local sandbox (the simulator through npx, then `run`
 * against it). The quick start's `npm test` is the command running this test, so it is checked to be
 * the package's test script rather than started again (CI runs it: .ci/run).
 */
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };

function sh(line: string, cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', line], { cwd, env: ENV });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('README: the quick start and the local sandbox, in a fresh clone', () => {
  it('runs as written', { timeout: 900_000 }, async () => {
    const quick = readmeCommands('## Quick start').map((c) => c.line);
    expect(quick).toEqual(['npm ci', 'npm run conformance', 'npm test']);
    const sandbox = readmeCommands('A local sandbox for your own client code');
    const simLine = sandbox.find((c) => c.line.startsWith('npx connectfi-conformance simulator'))!.line;
    const runLine = sandbox.find((c) => c.line.startsWith('npx connectfi-conformance run'))!.line;
    const envFile = /--write-env\s+(\S+)/.exec(simLine)![1];
    expect(runLine).toContain(`--env-file ${envFile}`);

    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-readme-')), 'connectfi-conformance');
    execFileSync('git', ['clone', '--quiet', ROOT, clone], { env: ENV });

    for (const line of quick.slice(0, 2)) {
      const r = await sh(line, clone);
      expect(r.code, `${line}\n${r.out.slice(-3000)}`).toBe(0);
    }
    expect(existsSync(path.join(clone, 'reports', 'conformance.html'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(clone, 'reports', 'conformance.json'), 'utf8')).summary.failed).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8'));
    expect(pkg.scripts.test).toMatch(/vitest run/);
    expect(readFileSync(path.join(clone, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);

    // The local sandbox: the simulator in the background (its own process group), then the suite against it.
    expect(existsSync(path.join(clone, envFile))).toBe(false);
    const sim = spawn('sh', ['-c', `exec ${simLine}`], { cwd: clone, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let simOut = '';
    sim.stderr.on('data', (d) => (simOut += d));
    const closed = new Promise<void>((resolve) => sim.on('close', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        sim.stdout.on('data', (d: Buffer) => {
          simOut += d.toString();
          if (simOut.includes('written to')) resolve();
        });
        void closed.then(() => reject(new Error(`${simLine} stopped: ${simOut}`)));
      });
      const r = await sh(runLine, clone);
      expect(r.code, `${runLine}\n${r.out.slice(-3000)}`).toBe(0);
      expect(r.out).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed, 0 skipped, [1-9]\d* not applicable/m);
    } finally {
      process.kill(-sim.pid!, 'SIGINT');
    }
    await closed;
    expect(simOut).toContain('connectFi simulator stopped (SIGINT)');
  });
});
