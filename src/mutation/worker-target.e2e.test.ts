import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startVitest } from 'vitest/node';
import { ROOT } from '../api/paths.ts';

/**
 * vitest.mutation.config.ts as StrykerJS's vitest runner drives it (one worker, one check at a time,
 * the sources rather than dist/): the live checks pass against the simulator that the setup file
 * starts inside the worker, which is what lets a mutant of the simulator fail them
 * (docs/architecture.md, "Mutation testing").
 */
describe('the in-process target of mutation testing', () => {
  it('runs a live suite green against the simulator in the vitest worker', async () => {
    const vitest = await startVitest('test', [path.join(ROOT, 'suites', 'live', 'pin.test.ts')], {
      root: ROOT,
      config: path.join(ROOT, 'vitest.mutation.config.ts'),
      watch: false,
      maxWorkers: 1,
      maxConcurrency: 1,
      reporters: [],
    });
    const modules = vitest.state.getTestModules();
    await vitest.close();
    const tests = modules.flatMap((m) => [...m.children.allTests()]);
    expect(modules.map((m) => path.relative(ROOT, m.moduleId))).toEqual([path.join('suites', 'live', 'pin.test.ts')]);
    expect(tests.length).toBeGreaterThan(10);
    expect(tests.filter((t) => t.result().state !== 'passed').map((t) => `${t.name}: ${t.result().state}`)).toEqual([]);
  }, 120_000);
});
