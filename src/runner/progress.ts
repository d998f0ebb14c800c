import type { Reporter, TestCase, TestModule } from 'vitest/node';
import path from 'node:path';
import { collectionErrors, isOtherShard } from './collect.ts';

/**
 * Progress while a run goes: one updating line on a terminal; quiet, line-oriented output (a line
 * per finished suite file) on CI or when piped.
 */
/** A failed check that met a transport incident: the collector reports it `error` (collect.ts). */
function metTransportTrouble(tc: TestCase): boolean {
  return ((tc.meta() as { transportIncidents?: unknown[] }).transportIncidents?.length ?? 0) > 0;
}

export class ProgressReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private readonly tty: boolean;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(out.isTTY) && !process.env.CI;
  }

  onTestCaseResult(tc: TestCase): void {
    if (isOtherShard(tc)) return;
    const state = tc.result().state;
    if (state === 'passed') this.passed += 1;
    else if (state === 'failed') this.failed += 1;
    else this.skipped += 1;
    if (this.tty)
      this.out.write(`\r\x1b[K  ${this.passed} passed  ${this.failed} failed  ${this.skipped} skipped   ${tc.name.slice(0, 60)}`);
  }

  onTestModuleEnd(mod: TestModule): void {
    const unloaded = collectionErrors([mod])[0];
    if (unloaded) {
      this.out.write(`${this.tty ? '\r\x1b[K' : ''}ERROR ${unloaded.file}  could not be loaded: ${unloaded.message}\n`);
      return;
    }
    if (this.tty) return;
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
    this.out.write(`${word} ${path.relative(process.cwd(), mod.moduleId)}  ${p} passed, ${f} failed, ${s} skipped${errors}\n`);
  }

  onTestRunEnd(): void {
    if (this.tty) this.out.write('\r\x1b[K');
  }
}
