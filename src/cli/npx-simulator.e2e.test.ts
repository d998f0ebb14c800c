import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { docCommands } from '../testing/readme-commands.ts';

/**
 * The local-sandbox line of docs/integrators.md, run exactly as written through `npx` (so npx's own Node process
 * parses the arguments first: Node 20 would read an `--env-file F` there and exit 9 when F does
 * not exist yet) in a new directory laid out as `npm install connectfi-conformance` leaves it.
 */
describe('README: the local-sandbox simulator line under npx', () => {
  it('writes its env file in a directory where the file did not exist, and stops on SIGINT', { timeout: 60_000 }, async () => {
    const sim = docCommands('docs/integrators.md', 'A local sandbox for your own client code').find((c) =>
      c.line.startsWith('npx connectfi-conformance simulator'),
    );
    expect(sim, 'the README shows how to start the simulator with npx').toBeDefined();
    const file = /--write-env\s+(\S+)/.exec(sim!.line)?.[1];
    expect(file, `the README's simulator line writes its variables with --write-env: ${sim!.line}`).toBeDefined();

    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-npx-'));
    mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'connectfi-conformance'));
    symlinkSync('../connectfi-conformance/bin/connectfi-conformance.mjs', path.join(dir, 'node_modules', '.bin', 'connectfi-conformance'));
    const envFile = path.join(dir, file!);
    expect(existsSync(envFile)).toBe(false);

    // A process group of its own: npx runs the bin in a child, and both must stop.
    const child = spawn('sh', ['-c', `exec ${sim!.line}`], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // 'close': the process has exited and its output has been read to the end.
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes(`written to ${envFile}`)) resolve();
        });
        void exited.then((code) => reject(new Error(`\`${sim!.line}\` exited ${code} before writing ${file}: ${out}${err}`)));
      });
      const env = readFileSync(envFile, 'utf8');
      const baseUrl = /connectFi simulator listening on (http:\/\/\S+)/.exec(out)?.[1];
      expect(env).toContain(`CONNECTFI_BASE_URL=${baseUrl}`);
      expect(env).toMatch(/^CONNECTFI_CUSTOMER_ID=\S+$/m);
      expect(err).not.toMatch(/not found|alias/);
    } finally {
      process.kill(-child.pid!, 'SIGINT');
    }
    await exited;
    // npm exec dies of the group's SIGINT itself; what matters is that the simulator stopped cleanly.
    expect(out).toContain('connectFi simulator stopped (SIGINT)');
  });
});
