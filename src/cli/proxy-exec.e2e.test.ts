import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { claimedBlock, runClaimedBlock, sh, type DocSession } from '../testing/doc-shell.ts';
import { writeStandInApp } from './testing/stand-in-app.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-exec-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const REPORTS = ['integration.json', 'integration.html', 'integration-junit.xml', 'integration-summary.md', 'integration-drift.json'];

/** `connectfi-conformance proxy ...args` as a child process; resolves when it has exited and its output is read. */
function proxy(args: string[], cwd: string, onOutput?: (out: string, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [BIN, 'proxy', ...args], { cwd, env: { ...ENV, CONNECTFI_BASE_URL: '' } });
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
    onOutput?.(out, child);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ code: number | null; out: string }>((resolve) => child.on('close', (code) => resolve({ code, out })));
}

describe('proxy --exec CMD', () => {
  it("runs CMD with the app's variables and its output streamed, and exits with CMD's failure, else the verdict", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'show-env.mjs'),
      `const e = process.env;
console.log('base ' + e.CONNECTFI_BASE_URL + ' proxy ' + e.CONNECTFI_PROXY_URL + ' login ' + e.CONNECTFI_LOGIN + ' customer ' + e.CONNECTFI_CUSTOMER_ID);
process.exit(Number(process.argv[2]));
`,
    );
    const failed = await proxy(['--exec', 'node show-env.mjs 3'], dir);
    expect(failed.code, failed.out).toBe(3);
    const url = /listening on (http:\/\/\S+)/.exec(failed.out)![1];
    expect(failed.out).toContain(`base ${url} proxy ${url} login sim_user customer cstap_`);
    expect(failed.out).toMatch(/connectFi proxy stopped \(the command exited 3\): 0 exchanges, verdict INCOMPLETE/);
    for (const f of REPORTS) expect(existsSync(path.join(dir, 'reports', f)), f).toBe(true);

    // CMD succeeded: the verdict decides (no traffic: incomplete, 2).
    const passed = await proxy(['--exec', 'node show-env.mjs 0', '--report-dir', 'out'], dir);
    expect(passed.code, passed.out).toBe(2);
    expect(existsSync(path.join(dir, 'out', 'integration.json'))).toBe(true);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s stops CMD (its whole process group), writes the reports and exits', async (signal) => {
    const dir = tempDir();
    // CMD: a shell that starts a node child; both must hear of the stop.
    writeFileSync(
      path.join(dir, 'wait.mjs'),
      `import { writeFileSync } from 'node:fs';
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => { writeFileSync('stopped-by', s); process.exit(5); });
console.log('waiting');
setInterval(() => {}, 1000);
`,
    );
    let sent = false;
    const ran = await proxy(['--exec', 'node wait.mjs; echo after'], dir, (out, child) => {
      if (!sent && out.includes('waiting')) {
        sent = true;
        child.kill(signal);
      }
    });
    expect(readFileSync(path.join(dir, 'stopped-by'), 'utf8')).toBe(signal);
    expect(ran.out).toMatch(new RegExp(`connectFi proxy stopped \\(${signal}; the command exited \\d+\\)`));
    expect(ran.code).not.toBe(0);
    for (const f of REPORTS) expect(existsSync(path.join(dir, 'reports', f)), f).toBe(true);
  });
});

describe("the proxy started, run through and stopped from a shell script (docs/integrators.md, 'The proxy')", () => {
  const app = (): DocSession => {
    const dir = writeStandInApp(tempDir(), ROOT);
    return { cwd: dir, env: ENV, values: { portZero: '--port 0' }, servers: [] };
  };

  it('--exec "npm test": the READY app through the proxy, exit 0', { timeout: 120_000 }, async () => {
    const s = app();
    const [exec] = await runClaimedBlock('proxy-exec', s);
    expect(exec.out).toContain('your app: ok');
    expect(exec.out).toMatch(/connectFi proxy stopped \(the command exited 0\): 6 exchanges, verdict READY/);
  });

  /** The lines of the block, run as one `sh -e` script; `kill` then reaches only npm, and the proxy stops on its parent's exit. */
  const checkScriptRun = (out: string) => {
    const verdict = JSON.parse(/\{"verdict".*\}/.exec(out)![0]) as { verdict: string; exchanges: number };
    expect(verdict).toMatchObject({ verdict: 'ready', exchanges: 6 });
    // sh's output closes only when every process holding it has exited: the proxy too.
    expect(out).toMatch(/connectFi proxy stopped \(parent exited\): 6 exchanges, verdict READY/);
  };

  it('npx: the block as written', { timeout: 120_000 }, async () => {
    const s = app();
    const ran = await runClaimedBlock('proxy', s);
    checkScriptRun(ran.map((r) => r.out).join('\n'));
    expect(JSON.parse(readFileSync(path.join(s.cwd, 'reports', 'integration.json'), 'utf8')).verdict).toBe('ready');
  });

  it('npm exec: the same lines', { timeout: 120_000 }, async () => {
    const s = app();
    const lines = claimedBlock('proxy').commands.map((c) =>
      c.line.replace('npx connectfi-conformance', 'npm exec connectfi-conformance --').replace('--port 4020', '--port 0'),
    );
    expect(lines[1]).toMatch(/^npm exec connectfi-conformance -- proxy --port 0 .* & PROXY=\$!$/);
    const ran = await sh(['set -e', ...lines].join('\n'), s.cwd, s.env);
    expect(ran.code, ran.out).toBe(0);
    checkScriptRun(ran.out);
  });
});
