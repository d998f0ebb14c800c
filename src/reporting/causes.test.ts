import { describe, expect, it } from 'vitest';
import { causeLine, causesOf, causeTitle, reportCauses } from './causes.ts';
import { sampleReport, triageReport } from './testing/sample-report.ts';
import type { CheckResult } from './types.ts';

const covered = (checks: readonly CheckResult[]) => checks.filter((c) => c.status === 'failed' || c.status === 'error').map((c) => c.id);

describe('causes', () => {
  it('groups failures by deviation across operations, the largest first, each with one plain sentence', () => {
    const causes = causesOf(triageReport().checks);
    expect(causes.map((c) => [c.id, c.deviation, c.checks.length, c.title])).toEqual([
      ['envelope-format', 'envelope-format', 6, 'answers with an envelope the docs do not give, on 6 operations'],
      ['accepts-invalid-request', 'accepts-invalid-request', 4, 'answers 200 where the docs give an error, on 1 operation'],
      ['money-mismatch', 'money-mismatch', 1, 'gets balances or amounts wrong, on 1 operation'],
    ]);
    expect(causes[0].operations).toEqual([
      '/ibis/card/activate',
      '/ibis/card/check-pin',
      '/ibis/card/set-pin',
      '/ibis/card/status',
      '/ibis/financial/funds-credit',
      '/ibis/financial/funds-debit',
    ]);
    expect(causes[1].checks).toEqual([
      'status.transition.case-0',
      'status.transition.case-1',
      'status.transition.case-2',
      'status.transition.case-3',
    ]);
  });

  it('covers every failed and error check exactly once, and nothing else', () => {
    const report = triageReport();
    report.checks.push({
      ...report.checks[0],
      id: 'cards.transport.case',
      family: 'cards',
      status: 'error',
      kind: 'transport',
      deviation: undefined,
    });
    const causes = causesOf(report.checks);
    const ids = causes.flatMap((c) => c.checks);
    expect(ids.sort()).toEqual(covered(report.checks).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(causes.find((c) => c.deviation === 'transport')?.checks).toEqual(['cards.transport.case']);
  });

  it('shows one failing exchange per cause: the first check (by id) that kept it', () => {
    const [envelope, accepts, money] = causesOf(triageReport().checks);
    expect(envelope.example.check).toBe('envelope.op-0.success');
    expect(envelope.example.exchange).toMatchObject({ method: 'POST', path: '/ibis/card/status', status: 200 });
    expect(envelope.example.exchange?.problems?.[0]).toMatch(/^requestId /);
    expect(accepts.example).toMatchObject({
      check: 'status.transition.case-0',
      exchange: { path: '/ibis/card/set-status', status: 200, requestBody: { statusCode: 'B' }, responseBody: { code: '0' } },
    });
    expect(money.example).toEqual({ check: 'money.balance.exact', exchange: null });
  });

  it('derives the deviation of a row written without one (an older report), never from its reason', () => {
    const checks = sampleReport().checks; // rows as an older run wrote them: no deviation
    expect(checks.some((c) => c.deviation)).toBe(false);
    const causes = causesOf(checks);
    expect(causes.map((c) => [c.deviation, c.checks])).toEqual([
      ['accepts-invalid-request', ['status.transition.S-I']],
      ['auth-not-enforced', ['auth.wrong-token.ibis-card-list']],
    ]);
  });

  it('titles no cause with assertion text', () => {
    for (const cause of causesOf(triageReport().checks)) {
      expect(cause.title).not.toMatch(/expected|Object\.is|to be|to match|\d+ of \d+ responses/);
      expect(cause.title).toBe(causeTitle(cause.deviation, cause.operations.length, cause.checks.length));
    }
    expect(causeTitle('check-crashed', 0, 2)).toBe('made checks crash on answers they could not read, in 2 checks');
  });

  it('uses the causes a report holds, else computes them; no failure, no cause', () => {
    const report = triageReport();
    expect(reportCauses(report)).toEqual(causesOf(report.checks));
    const held = { ...report, causes: causesOf(report.checks).slice(0, 1) };
    expect(reportCauses(held)).toHaveLength(1);
    expect(causesOf(report.checks.filter((c) => c.status !== 'failed'))).toEqual([]);
  });

  it('says a cause in one console line with an example check', () => {
    expect(causeLine(causesOf(triageReport().checks)[1])).toBe(
      'cause accepts-invalid-request: answers 200 where the docs give an error, on 1 operation (4 checks, e.g. status.transition.case-0)',
    );
  });
});
