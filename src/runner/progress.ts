import type { Reporter, TestCase, TestModule, TestSpecification } from 'vitest/node';
import path from 'node:path';
import { collectionErrors, isOtherShard } from './collect.ts';
import type { RunProgress } from './run-progress.ts';

/**
 * Vitest's events, told to the run's progress (run-progress.ts): the suite files and checks found,
 * each check's start and end, and a line per finished suite file when the output is not a terminal.
 * A suite file that could not be loaded is said at once, `--quiet` or not.
 */
/** A failed check that met a transport incident: the collector reports it `error` (collect.ts). */
function metTransportTrouble(tc: TestCase): boolean {
  return ((tc.meta() as { transportIncidents?: unknown[] }).transportIncidents?.length ?? 0) > 0;
}

export class ProgressReporter implements Reporter {
  constructor(private readonly progress: RunProgress) {}

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.progress.checks.files = specifications.length;
    this.progress.setStep('checks');
  }

  onTestModuleCollected(mod: TestModule): void {
    const checks = this.progress.checks;
    checks.filesCollected += 1;
    for (const tc of mod.children.allTests()) if (!isOtherShard(tc)) checks.total += 1;
  }

  onTestCaseReady(tc: TestCase): void {
    if (!isOtherShard(tc)) this.progress.checks.running.set(tc.name, this.progress.now());
  }

  onTestCaseResult(tc: TestCase): void {
    if (isOtherShard(tc)) return;
    const checks = this.progress.checks;
    checks.running.delete(tc.name);
    checks.done += 1;
    const state = tc.result().state;
    if (state === 'passed') checks.passed += 1;
    else if (state === 'failed') checks.failed += 1;
    else checks.skipped += 1;
    this.progress.refresh();
  }

  onTestModuleEnd(mod: TestModule): void {
    const unloaded = collectionErrors([mod])[0];
    if (unloaded) {
      this.progress.say(`ERROR ${unloaded.file}  could not be loaded: ${unloaded.message}`);
      return;
    }
    let p = 0;
    let f = 0;
    let s = 0;
    let e = 0;
    for (const tc of mod.children.allTests()) {
      if (isOtherShard(tc)) continue;
      const st = tc.result().state;
      if (st === 'passed') p += 1;
      else if (st === 'failed' && metTransportTrouble(tc)) e += 1;
      else if (st === 'failed') f += 1;
      else s += 1;
    }
    const errors = e > 0 ? `, ${e} could not be graded (transport trouble)` : '';
    const word = f > 0 ? 'FAIL' : e > 0 ? 'ERR ' : 'ok  ';
    this.progress.print(`${word} ${path.relative(process.cwd(), mod.moduleId)}  ${p} passed, ${f} failed, ${s} skipped${errors}`);
  }
}
