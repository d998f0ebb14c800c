import { describe, expect, it } from 'vitest';
import { errorRuleList, getOperation, judgeAnswer, type ErrorRule } from '../api/index.ts';
import { loadExamples } from '../api/examples.ts';
import type { CheckContext } from '../harness/check.ts';
import { expectError } from '../../suites/live/support/flows.ts';
import { expectBoundInMessage } from '../../suites/live/support/credit-helpers.ts';

/**
 * The live suites' error assertion (suites/live/support/flows.ts, expectError) as it grades a
 * remote target: identity (status, code, subCode) and the documented context decide; the message
 * is graded only against the embedded simulator. Tested here, in the fast lane, because a test file
 * beside the suites would run as a check of every conformance run.
 */
const REQUEST_ID = '0123456789abcdef0123456789abcdef';
const REWORDED = 'Declined: we phrase this our own way.';

interface Recorded {
  lines: string[];
  expectations: unknown[];
}

function target(kind: 'simulator' | 'remote'): CheckContext & Recorded {
  const lines: string[] = [];
  const expectations: unknown[] = [];
  const t = { kind, lines, expectations, log: (line: string) => lines.push(line), expectation: (e: unknown) => expectations.push(e) };
  return t as unknown as CheckContext & Recorded;
}

/** A value of the documented JSON type of a context field. */
const sample = (type: unknown): unknown =>
  type === 'number' || type === 'integer' ? 1 : type === 'object' ? {} : type === 'array' ? [] : type === 'boolean' ? true : 'x';

/** An answer with a rule's identity and every context field it defines, worded `message`. */
function answerOf(rule: ErrorRule, message: string | undefined): { status: number; body: unknown } {
  const c = rule.context as { type?: string; properties?: Record<string, { type?: unknown }>; required?: string[] } | undefined;
  const fields = [...new Set([...(c?.required ?? []), ...Object.keys(c?.properties ?? {})])];
  const context =
    c?.type === 'array'
      ? [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: {} }]
      : Object.fromEntries(fields.map((f) => [f, sample(c?.properties?.[f]?.type)]));
  const body = {
    requestId: REQUEST_ID,
    code: rule.code,
    ...(rule.subCode === undefined ? {} : { subCode: rule.subCode }),
    ...(c ? { context } : {}),
    ...(message === undefined ? {} : { message }),
  };
  return { status: rule.httpStatus, body };
}

describe('expectError against a remote target', () => {
  it('passes every documented error whose message is worded otherwise', () => {
    for (const rule of errorRuleList) expect(() => expectError(target('remote'), answerOf(rule, REWORDED), rule.id), rule.id).not.toThrow();
  });

  it('grades the message pattern against the embedded simulator only', () => {
    const patterned = errorRuleList.filter((r) => r.messagePattern !== undefined);
    expect(patterned.length).toBeGreaterThan(5);
    for (const rule of patterned)
      expect(() => expectError(target('simulator'), answerOf(rule, REWORDED), rule.id), rule.id).toThrow(/to match/);
  });

  it('passes the documented examples, words included, against the simulator too', () => {
    const errors = loadExamples().filter((e) => e.response && e.response.status !== 200);
    for (const e of errors) {
      const { status, body } = e.response!;
      const { label } = judgeAnswer({
        operation: e.operation,
        method: getOperation(e.operation).method,
        status,
        contentType: 'application/json',
        body,
      });
      for (const kind of ['simulator', 'remote'] as const)
        expect(() => expectError(target(kind), e.response!, label), `${e.name} ${kind}`).not.toThrow();
    }
    expect(errors.length).toBeGreaterThan(30);
  });

  it('still fails another identity or a missing context field, whatever the target', () => {
    const closed = errorRuleList.find((r) => r.id === 'extIbis.SD.closed')!;
    const notFound = errorRuleList.find((r) => r.id === 'cardNotFound')!;
    for (const kind of ['simulator', 'remote'] as const) {
      const otherSubCode = answerOf(closed, REWORDED);
      (otherSubCode.body as { subCode: string }).subCode = '59';
      expect(() => expectError(target(kind), otherSubCode, closed.id), kind).toThrow(/identity/);
      expect(
        () => expectError(target(kind), { status: 404, body: (answerOf(notFound, undefined) as { body: unknown }).body }, notFound.id),
        kind,
      ).toThrow(/identity/);
      expect(
        () => expectError(target(kind), { status: 400, body: { requestId: REQUEST_ID, code: 'cardNotFound' } }, notFound.id),
        kind,
      ).toThrow(/context the docs define for cardNotFound/);
    }
  });

  it('records the identity it expected, as evidence', () => {
    const t = target('remote');
    expectError(
      t,
      answerOf(
        errorRuleList.find((r) => r.id === 'extIbis.51.insufficientFunds')!,
        REWORDED,
      ),
      'extIbis.51.insufficientFunds',
    );
    expect(t.expectations).toEqual([{ status: 400, code: 'extIbis', subCode: '51' }]);
  });
});

describe('the credit bound read out of a message', () => {
  const above = errorRuleList.find((r) => r.id === 'extIbis.12.creditLimitAbove')!;

  it('is not graded against a remote target, and the log says so', () => {
    const t = target('remote');
    expect(() => expectBoundInMessage(t, answerOf(above, 'The limit is too high for one card.'), 2000, 'maximum')).not.toThrow();
    expect(t.lines).toEqual([expect.stringMatching(/maximum named in the message is not graded against a remote target/)]);
  });

  it('is graded against the embedded simulator', () => {
    const documented = 'New Card Purchase Decline (Allocated credit limit must be less than or equal to [2000.0]; )';
    expect(() => expectBoundInMessage(target('simulator'), answerOf(above, documented), 2000, 'maximum')).not.toThrow();
    expect(() => expectBoundInMessage(target('simulator'), answerOf(above, documented), 1500, 'maximum')).toThrow();
    expect(() => expectBoundInMessage(target('simulator'), answerOf(above, 'The limit is too high.'), 2000, 'maximum')).toThrow();
  });
});
