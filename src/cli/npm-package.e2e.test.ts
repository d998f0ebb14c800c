import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/paths.ts';

/**
 * The package as integrators get it (README, "Install in your repository"): `npm pack`, installed
 * into an empty project with no access to this checkout, runs `run` against the embedded simulator
 * to a conformant verdict, starts the simulator, and its TypeScript API typechecks there.
 */
const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const work = mkdtempSync(path.join(tmpdir(), 'cfc-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}

const INTEGRATOR_CODE = `import { createClient, validateRequest, type CardSetPinRequest, type ConnectFiClient } from 'connectfi-conformance';
import type { CardStatusResponse } from 'connectfi-conformance/types';
import { OPERATIONS } from 'connectfi-conformance/validators';

const client: ConnectFiClient = createClient({ baseUrl: 'http://127.0.0.1:1', token: 't' });
const body: CardSetPinRequest = { cFiCardId: 'icrd_x', pin: '1234' };
export const ok: boolean = validateRequest('/ibis/card/set-pin', body).valid;
export async function status(id: string): Promise<string | undefined> {
  const r = await client.op('/ibis/card/status', { cFiCardId: id });
  return r.data?.status?.code;
}
export const seen: CardStatusResponse[] = [];
export { OPERATIONS };
`;

describe('npm pack, installed into an empty project', () => {
  it('installs, runs to a conformant verdict, starts the simulator, and its types typecheck', async () => {
    // Packed from a copy of the checkout: `npm pack` builds dist/ (npm's `prepare`), and rebuilding the
    // checkout's own dist/ would pull it from under the other tests' runs of the CLI.
    const checkout = path.join(work, 'checkout');
    const skip = new Set(['node_modules', 'dist', '.git', 'reports'].map((name) => path.join(ROOT, name)));
    cpSync(ROOT, checkout, { recursive: true, filter: (from) => !skip.has(from) && !path.basename(from).startsWith('.scratch') });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    const { stdout: packed } = await exec(npm, ['pack', '--pack-destination', work, '--json'], {
      cwd: checkout,
      maxBuffer: 64 * 1024 * 1024,
    });
    const info = (JSON.parse(packed) as { filename: string; files: { path: string }[] }[])[0];
    const shipped = info.files.map((f) => f.path);
    expect(shipped).toContain('dist/src/cli/main.js');
    expect(shipped).toContain('dist/src/index.d.ts');
    expect(shipped).toContain('bin/build-state.mjs');
    expect(shipped).toContain('suites/live/status.test.ts');
    expect(shipped.filter((f) => f.endsWith('.test.ts') && !f.startsWith('suites/live/'))).toEqual([]);
    expect(shipped.filter((f) => f.includes('/testing/'))).toEqual([]); // test support, in src/ and in dist/
    expect(shipped).not.toContain('tsconfig.json');

    const project = path.join(work, 'project');
    rmSync(project, { recursive: true, force: true });
    await exec('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'integrator-app', private: true, type: 'module' }));
    await exec(npm, ['install', path.join(work, info.filename), '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
    });
    const bin = path.join(project, 'node_modules', '.bin', 'connectfi-conformance');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };

    const run = await exec(bin, ['run', '--runs', '1', '--seed', '16'], { cwd: project, env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect('code' in run ? run.code : 0, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/^CONFORMANT: [1-9]\d+ passed, 0 failed/m);
    expect(existsSync(path.join(project, 'reports', 'conformance.html'))).toBe(true);
    // The installed copy ran from its build, not from this checkout.
    expect(walk(path.join(project, 'node_modules', 'connectfi-conformance')).some((f) => f === 'dist/src/cli/main.js')).toBe(true);

    const sim = spawn(bin, ['simulator', '--port', '0'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no base URL within 60 s: ${out}`)), 60_000);
      sim.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      sim.on('exit', (code) => reject(new Error(`simulator exited ${code}: ${out}`)));
    });
    expect(
      (await fetch(`${url}/auth/get-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBe(400);
    sim.kill('SIGTERM');
    expect(await new Promise((resolve) => sim.on('exit', resolve))).toBe(0);

    // The self-check forks its lanes from the build too (one fault keeps it short).
    const selfcheck = await exec(bin, ['selfcheck', '--only', '^five-digit-pin-accepted$', '--runs', '1'], {
      cwd: project,
      env,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in selfcheck ? selfcheck.code : 0, `${selfcheck.stdout}\n${selfcheck.stderr}`).toBe(0);
    expect(selfcheck.stdout).toMatch(/mutation score: 1\/1 faults detected/);

    // pact needs its optional peer dependency: a one-line error, exit 2.
    const pact = await exec(bin, ['pact', 'verify'], { cwd: project, env }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect('code' in pact ? pact.code : 0).toBe(2);
    expect(pact.stderr.trim()).toMatch(/^error \[MISSING_DEPENDENCY\]: pact needs @pact-foundation\/pact/);

    // The integrator's TypeScript: the client, the generated types and the validators typecheck;
    // the same file with a wrong field type does not (so the check can fail).
    const tsconfig = (file: string) =>
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: [file],
      });
    writeFileSync(path.join(project, 'app.ts'), INTEGRATOR_CODE);
    writeFileSync(path.join(project, 'tsconfig.json'), tsconfig('app.ts'));
    await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    writeFileSync(path.join(project, 'bad.ts'), INTEGRATOR_CODE.replace("pin: '1234'", 'pin: 1234'));
    writeFileSync(path.join(project, 'tsconfig.bad.json'), tsconfig('bad.ts'));
    const bad = await exec(process.execPath, [tsc, '-p', 'tsconfig.bad.json'], { cwd: project }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect('code' in bad ? bad.code : 0).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  }, 900_000);
});
