import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runClaimedBlock, type DocServer } from '../testing/doc-shell.ts';
import { packCheckout } from './testing/pack.ts';

/**
 * The package as integrators get it (docs/integrators.md, "Install in your repository": its lines run
 * as written): `npm pack`, installed into an empty project with no access to this checkout, runs `run` against the embedded simulator
 * to a conformant verdict, starts the simulator, and its TypeScript API typechecks there.
 */
const exec = promisify(execFile);
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const work = mkdtempSync(path.join(tmpdir(), 'cfc-pack-'));
// The servers the documented lines start (the simulator), stopped even when an assertion fails first.
const started: DocServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
});

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
    const packed = await packCheckout(work);
    const info = { filename: path.basename(packed.tarball) };
    const shipped = packed.files;
    expect(shipped).toContain('dist/src/cli/main.js');
    expect(shipped).toContain('dist/src/index.d.ts');
    // The runner imports the run-wide checks the live suites declare: they ship compiled.
    expect(shipped).toContain('dist/suites/live/run-wide/run-wide-checks.js');
    expect(shipped).toContain('bin/build-state.mjs');
    expect(shipped).toContain('suites/live/status.test.ts');
    expect(shipped.filter((f) => f.endsWith('.test.ts') && !f.startsWith('suites/live/'))).toEqual([]);
    expect(shipped.filter((f) => f.includes('/testing/'))).toEqual([]); // test support, in src/ and in dist/
    expect(shipped).not.toContain('tsconfig.json');
    // The example apps are this checkout's, not the package's.
    expect(shipped.filter((f) => f.startsWith('examples/'))).toEqual([]);

    const project = path.join(work, 'project');
    rmSync(project, { recursive: true, force: true });
    await exec('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'integrator-app', private: true, type: 'module' }));
    // The lines of docs/integrators.md, "Install in your repository", as written, with the tarball
    // `npm pack` wrote where its install line expects it (npm told to prefer its cache, as before).
    cpSync(path.join(work, info.filename), path.join(project, info.filename));
    const bin = path.join(project, 'node_modules', '.bin', 'connectfi-conformance');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };
    const npmEnv = { ...env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    const run = (await runClaimedBlock('install', { cwd: project, env: npmEnv, values: {}, servers: started })).at(-1)!;
    expect(run.line).toBe('npx connectfi-conformance run');
    expect(run.out).toMatch(/^CONFORMANT: [1-9]\d+ passed, 0 failed/m);
    expect(existsSync(path.join(project, 'reports', 'conformance.html'))).toBe(true);
    // The installed copy ran from its build, not from this checkout.
    expect(walk(path.join(project, 'node_modules', 'connectfi-conformance')).some((f) => f === 'dist/src/cli/main.js')).toBe(true);

    const [sim] = started;
    expect(existsSync(path.join(project, 'sim.env'))).toBe(true);
    expect(
      (await fetch(`${sim.url}/auth/get-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBe(400);
    expect((await sim.stop('SIGTERM')).out).toContain('connectFi simulator stopped (SIGTERM)');

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
