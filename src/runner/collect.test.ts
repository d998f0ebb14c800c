import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startVitest, type Reporter, type TestModule } from 'vitest/node';
import type { TestCase } from 'vitest/node';
import { checkFromTestCase, collectionErrors } from './collect.ts';
import { ROOT } from '../api/index.ts';
import type { CheckMeta } from '../harness/check-types.ts';

/**
 * A suite file that cannot be collected must not pass for a conformant run with fewer checks:
 * collectionErrors finds it, and `run` stops with SUITE_ERROR (exit 2). Real vitest, on suite files
 * written to a temporary folder.
 */
describe('collectionErrors', () => {
  it('names each suite file that threw while loading or inside a describe, and passes over a sound one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-collect-'));
    writeFileSync(path.join(dir, 'sound.test.ts'), "import { it } from 'vitest';\nit('passes', () => {});\n");
    writeFileSync(
      path.join(dir, 'throws.test.ts'),
      "import { it } from 'vitest';\nthrow new Error('boom while importing');\nit('never', () => {});\n",
    );
    writeFileSync(
      path.join(dir, 'describe.test.ts'),
      "import { describe, it } from 'vitest';\ndescribe('family', () => { it('registered', () => {}); throw new Error('boom inside describe'); });\n",
    );
    let modules: ReadonlyArray<TestModule> = [];
    const collector: Reporter = { onTestRunEnd: (m) => void (modules = m) };
    const vitest = await startVitest('test', [], {
      root: dir,
      config: false,
      include: ['*.test.ts'],
      watch: false,
      reporters: [collector],
      pool: 'threads',
      maxWorkers: 1,
    });
    await vitest?.close();
    const found = collectionErrors(modules)
      .map((e) => ({ file: path.basename(e.file), message: e.message }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(found).toEqual([
      { file: 'describe.test.ts', message: 'boom inside describe' },
      { file: 'throws.test.ts', message: 'boom while importing' },
    ]);
    expect(modules).toHaveLength(3);
  }, 60_000);
});

/** The parts of a vitest TestCase the collector reads. */
function testCase(state: 'passed' | 'failed', meta: Record<string, unknown>, message = 'expected 503 to be 401'): TestCase {
  const check: CheckMeta = { id: 'auth.x', title: 'x', family: 'auth', operation: '/ibis/card/activate', docRef: null };
  return {
    name: check.id,
    fullName: check.id,
    module: { moduleId: path.join(ROOT, 'suites/live/auth.test.ts') },
    meta: () => ({ check, ...meta }),
    result: () => (state === 'passed' ? { state } : { state, errors: [{ message, name: 'AssertionError' }] }),
    diagnostic: () => ({ duration: 12 }),
  } as unknown as TestCase;
}

describe('checkFromTestCase: transport incidents', () => {
  const incidents = [{ kind: 'http-503', operation: '/ibis/card/activate' }];

  it('a failed check whose exchanges met a transport incident is an error of kind transport, with its incidents', () => {
    const row = checkFromTestCase(testCase('failed', { failureKind: 'assertion', transportIncidents: incidents }));
    expect(row).toMatchObject({ status: 'error', kind: 'transport', incidents, reason: 'expected 503 to be 401' });
    expect(row.failureKind).toBeUndefined();
  });

  it('a failed check that met none stays failed; a passed check that met one stays passed', () => {
    expect(checkFromTestCase(testCase('failed', { failureKind: 'assertion' }))).toMatchObject({
      status: 'failed',
      failureKind: 'assertion',
    });
    const passed = checkFromTestCase(testCase('passed', { transportIncidents: incidents }));
    expect(passed.status).toBe('passed');
    expect(passed.incidents).toBeUndefined();
  });
});
