import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../reporting/types.ts';
import type { ExchangeSummary } from './check-types.ts';
import { gradeRunWide, gradeRunWideInEachCheck, observedExchanges, runWideCheck, runWideFailuresOf } from './run-wide.ts';

const summary = (status: number, problems: string[] = []): ExchangeSummary => ({
  operation: '/ibis/card/list',
  method: 'POST',
  path: '/ibis/card/list',
  status,
  problems,
});

const row = (id: string, summaries?: ExchangeSummary[]): CheckResult => ({
  id,
  title: id,
  family: 'x',
  operation: null,
  docRef: null,
  status: 'passed',
  durationMs: 1,
  ...(summaries ? { evidence: { exchanges: [], curl: [], summaries } } : {}),
});

const meta = (id: string) => ({
  id,
  title: `${id} title`,
  family: 'envelope',
  operation: null,
  docRef: { file: 'README.md', heading: 'h' },
});

describe('run-wide checks', () => {
  it('sees every summarised exchange of every row, with the check that sent it', () => {
    const observed = observedExchanges([row('a', [summary(200), summary(400)]), row('b'), row('c', [summary(500, ['boom'])])]);
    expect(observed.map((o) => `${o.check} ${o.summary.status}`)).toEqual(['a 200', 'a 400', 'c 500']);
  });

  it('turns each verdict into a report row in the order declared; no verdict, no row', () => {
    const checks = [
      runWideCheck(meta('w.passes'), (observed) => ({ status: 'passed', reason: `${observed.length} seen` })),
      runWideCheck(meta('w.silent'), () => undefined),
      runWideCheck(meta('w.fails'), (observed) => ({ status: 'failed', reason: 'bad', summaries: observed.map((o) => o.summary) })),
      runWideCheck(meta('w.skips'), () => ({ status: 'skipped', reason: 'nothing to grade' })),
    ];
    const rows = gradeRunWide(checks, observedExchanges([row('a', [summary(200, ['x'])])]));
    expect(rows.map((r) => `${r.id} ${r.status} ${r.reason}`)).toEqual([
      'w.passes passed 1 seen',
      'w.fails failed bad',
      'w.skips skipped nothing to grade',
    ]);
    expect(rows[0]).toEqual({ ...meta('w.passes'), durationMs: 0, status: 'passed', reason: '1 seen' });
    // A failure is the rule broken (not a refused setup step), with the deviating exchanges as evidence.
    // Its deviation is the envelope family's (docs/ci.md, "Causes").
    expect(rows[1]).toMatchObject({
      failureKind: 'assertion',
      deviation: 'envelope-format',
      evidence: { exchanges: [], curl: [], summaries: [summary(200, ['x'])] },
    });
  });

  it("graded in each check (the in-process target): a failing row names itself and the check's deviating exchange", () => {
    const envelope = runWideCheck(meta('w.envelope'), (observed) => {
      const bad = observed.filter((o) => o.summary.problems.length > 0);
      return bad.length === 0
        ? { status: 'passed', reason: 'ok' }
        : { status: 'failed', reason: `check ${bad[0].check}: ${bad[0].summary.problems.join('; ')}`, summaries: [] };
    });
    // Nothing registered (a run): a check's own exchanges are not graded as it ends.
    expect(runWideFailuresOf('a', [summary(200, ['missing requestId'])])).toEqual([]);
    gradeRunWideInEachCheck([envelope]);
    try {
      expect(runWideFailuresOf('a', [summary(200), summary(400)])).toEqual([]);
      expect(runWideFailuresOf('a', [summary(200), summary(200, ['missing requestId'])])).toEqual([
        'w.envelope: check a: missing requestId',
      ]);
    } finally {
      gradeRunWideInEachCheck([]);
    }
  });
});
