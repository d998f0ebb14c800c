import path from 'node:path';
import type { TestCase, TestModule } from 'vitest/node';
import type { CheckEvidence, CheckMeta } from '../harness/check-types.ts';
import type { CheckResult, CheckStatus, TransportIncident } from '../reporting/types.ts';
import { failureKindOf, type FailureKind } from '../harness/failure-kind.ts';
import { deviationOf } from '../reporting/derive-deviation.ts';
import { ROOT } from '../api/index.ts';

/** Turns vitest's test cases into report rows (the reporter runs in the main process). */
export function checkFromTestCase(tc: TestCase, keepAllEvidence = false): CheckResult {
  const meta = tc.meta() as {
    check?: CheckMeta;
    evidence?: CheckEvidence;
    skipReason?: string;
    missingFixtures?: string[];
    notApplicable?: boolean;
    failureKind?: FailureKind;
    transportIncidents?: TransportIncident[];
  };
  const result = tc.result();
  const m: CheckMeta = meta.check ?? {
    id: tc.fullName,
    title: tc.name,
    family: tc.module.moduleId
      .split('/')
      .pop()!
      .replace(/\.test\.ts$/, ''),
    operation: null,
    docRef: null,
  };
  // A check that failed after meeting a transport incident could not be graded (docs/ci.md,
  // "Transport trouble"); an advisory check that fails found what it looks for: shown, never a
  // failure (CheckMeta.level).
  const incidents = meta.transportIncidents ?? [];
  const failed: CheckStatus = incidents.length > 0 ? 'error' : m.level === 'advisory' ? 'advisory' : 'failed';
  const status: CheckStatus =
    result.state === 'passed' ? 'passed' : result.state === 'failed' ? failed : meta.notApplicable ? 'not-applicable' : 'skipped';
  const out: CheckResult = {
    id: m.id,
    title: m.title,
    family: m.family,
    operation: m.operation,
    docRef: m.docRef,
    status,
    ...(m.level ? { level: m.level } : {}),
    durationMs: Math.round(tc.diagnostic()?.duration ?? 0),
    file: path.relative(ROOT, tc.module.moduleId),
  };
  if (result.state === 'failed') {
    const err = result.errors[0];
    out.reason = (err?.message ?? 'failed').split('\n')[0].slice(0, 2000);
    if (status === 'error') Object.assign(out, { kind: 'transport', incidents });
    // A hook or a test outside check() has no kind: what it threw decides.
    else out.failureKind = meta.failureKind ?? failureKindOf(err);
    if (err && 'expected' in err && err.expected !== undefined)
      out.evidence = { ...(meta.evidence ?? emptyEvidence()), expected: err.expected, actual: err.actual };
  }
  if (result.state === 'skipped') out.reason = meta.skipReason ?? result.note ?? 'skipped';
  if (status === 'skipped' && meta.missingFixtures?.length) out.missingFixtures = meta.missingFixtures;
  if (meta.evidence && !out.evidence) out.evidence = meta.evidence;
  if (status === 'passed' && out.evidence && !keepAllEvidence) out.evidence = { ...out.evidence, exchanges: [], curl: [] }; // keep reports small
  // What the failure says the target did (docs/ci.md, "Causes"), from the check's own notes (vitest's
  // expected/actual text may have replaced them in the evidence).
  const deviation = deviationOf(out, { intent: m.intent, notes: meta.evidence });
  if (deviation) out.deviation = deviation;
  return out;
}

function emptyEvidence(): CheckEvidence {
  return { exchanges: [], curl: [], summaries: [] };
}

/** A selected check that another shard runs (`run --shard`): registered, never run, not a row. */
export function isOtherShard(tc: TestCase): boolean {
  return (tc.meta() as { otherShard?: boolean }).otherShard === true;
}

export function collectChecks(modules: ReadonlyArray<TestModule>, keepAllEvidence = false): CheckResult[] {
  const checks: CheckResult[] = [];
  for (const mod of modules)
    for (const tc of mod.children.allTests()) if (!isOtherShard(tc)) checks.push(checkFromTestCase(tc, keepAllEvidence));
  return checks;
}

/**
 * Suite files that could not be collected (a syntax error, a throw while importing or inside a
 * describe): their checks never ran, so the run cannot say it is conformant. One entry per file.
 */
export function collectionErrors(modules: ReadonlyArray<TestModule>): { file: string; message: string }[] {
  const out: { file: string; message: string }[] = [];
  for (const mod of modules) {
    const errors = [...mod.errors(), ...[...mod.children.allSuites()].flatMap((s) => s.errors())];
    if (errors.length > 0)
      out.push({
        file: path.relative(ROOT, mod.moduleId),
        message: (errors[0].message ?? JSON.stringify(errors[0])).split('\n')[0].slice(0, 500),
      });
  }
  return out;
}

/** The ids of the selected checks that other shards run. */
export function otherShardIds(modules: ReadonlyArray<TestModule>): string[] {
  const ids: string[] = [];
  for (const mod of modules) for (const tc of mod.children.allTests()) if (isOtherShard(tc)) ids.push(tc.name);
  return ids;
}

/** `run --profile`: the suites' share of the time, from vitest's per-file diagnostics and the checks' metadata. */
export function suiteProfile(modules: ReadonlyArray<TestModule>): {
  importMs: number;
  schemaCompileMs: number;
  checksMs: number;
  longestCheck: { id: string; ms: number };
} {
  let importMs = 0;
  let checksMs = 0;
  let longestCheck = { id: '', ms: 0 };
  const compile = new Map<string, number>();
  for (const mod of modules) {
    const d = mod.diagnostic();
    importMs += d.collectDuration + d.prepareDuration + d.setupDuration + d.environmentSetupDuration;
    for (const tc of mod.children.allTests()) {
      const ms = tc.diagnostic()?.duration ?? 0;
      checksMs += ms;
      if (ms > longestCheck.ms) longestCheck = { id: tc.name, ms };
      const c = (tc.meta() as { compile?: { worker: string; ms: number } }).compile;
      if (c) compile.set(c.worker, Math.max(compile.get(c.worker) ?? 0, c.ms));
    }
  }
  return { importMs, schemaCompileMs: [...compile.values()].reduce((a, b) => a + b, 0), checksMs, longestCheck };
}
