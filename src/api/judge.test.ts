import { describe, expect, it } from 'vitest';
import { getOperation } from './catalogue.ts';
import { loadExamples } from './examples.ts';
import { judgeAnswer, type JudgedAnswer } from './judge.ts';
import { errorRule } from './rules.ts';

const REQUEST_ID = '0123456789abcdef0123456789abcdef';
const JSON_TYPE = 'application/json; charset=utf-8';

const answer = (operation: string | null, status: number | null, body: unknown, extra: Partial<JudgedAnswer> = {}): JudgedAnswer => ({
  operation,
  method: operation ? getOperation(operation).method : 'POST',
  status,
  contentType: JSON_TYPE,
  body,
  ...extra,
});

const examples = loadExamples().filter((e) => e.response !== null);

describe('the judge', () => {
  it('judges every documented example answer documented, each error by an id its operation lists', () => {
    expect(examples.length).toBeGreaterThan(50);
    for (const e of examples) {
      const j = judgeAnswer(answer(e.operation, e.response!.status, e.response!.body));
      expect(j, e.name).toMatchObject({ documented: true, problems: [] });
      if (e.response!.status === 200) expect(j.outcome, e.name).toEqual({ kind: 'success' });
      else expect([...getOperation(e.operation).errors, 'unauthorized'], e.name).toContain(j.label);
    }
  });

  it('grades an error by its identity and context, never by the words of its message', () => {
    for (const e of examples.filter((x) => x.response!.status !== 200)) {
      const body = { ...(e.response!.body as Record<string, unknown>), message: 'Something else entirely, in other words.' };
      const j = judgeAnswer(answer(e.operation, e.response!.status, body));
      expect(j.documented, e.name).toBe(true);
      expect(j.outcome?.kind, e.name).toBe('error');
      const rule = errorRule(j.label);
      expect(j.outcome, e.name).toMatchObject({ identity: { status: rule.httpStatus, code: rule.code } });
    }
  });

  it('names the other rows of one identity when the message does not tell them apart', () => {
    const body = {
      requestId: REQUEST_ID,
      code: 'extIbis',
      subCode: '12',
      context: { transId: 't1', fee: 0 },
      message: 'Limit out of range',
    };
    const j = judgeAnswer(answer('/ibis/credit-card/add', 400, body));
    expect(j).toMatchObject({ documented: true, label: 'extIbis.12.creditLimitAbove' });
    expect(j.outcome).toMatchObject({ alike: ['extIbis.12.creditLimitBelow'] });
    const named = judgeAnswer(
      answer('/ibis/credit-card/add', 400, {
        ...body,
        message: 'New Card Purchase Decline (Allocated credit limit must be greater than or equal to [500.0]; )',
      }),
    );
    expect(named.label).toBe('extIbis.12.creditLimitBelow');
    expect(named.outcome).not.toHaveProperty('alike');
  });

  it('reports the context fields the docs define: present, missing, of another type', () => {
    const missing = judgeAnswer(answer('/ibis/card/status', 400, { requestId: REQUEST_ID, code: 'cardNotFound' }));
    expect(missing).toMatchObject({ documented: false, label: 'cardNotFound', problems: [] });
    expect(missing.outcome).toMatchObject({ context: { documented: ['cFiCardId'], present: [], missing: ['cFiCardId'] } });
    expect(missing.reason).toMatch(/cardNotFound: its context cFiCardId missing/);
    const mistyped = judgeAnswer(
      answer('/ibis/card/status', 400, { requestId: REQUEST_ID, code: 'cardNotFound', context: { cFiCardId: 7 } }),
    );
    expect(mistyped.outcome).toMatchObject({ context: { present: ['cFiCardId'], missing: [], mistyped: ['cFiCardId'] } });
    expect(mistyped.documented).toBe(false);
  });

  it('calls a well-formed error the operation does not list undocumented, with the reason', () => {
    const j = judgeAnswer(answer('/ibis/card/status', 400, { requestId: REQUEST_ID, code: 'ibisFundsCurrency', message: 'x' }));
    expect(j).toMatchObject({ documented: false, label: 'http-400', problems: [] });
    expect(j.outcome).toBeUndefined();
    expect(j.reason).toBe(
      'HTTP 400 code ibisFundsCurrency is not an error /ibis/card/status documents (its errors: requestValidateError, cardNotFound, unauthorized, ibisCardStatusError)',
    );
    const extraSubCode = judgeAnswer(
      answer('/ibis/card/status', 400, { requestId: REQUEST_ID, code: 'cardNotFound', subCode: '14', context: { cFiCardId: 'c' } }),
    );
    expect(extraSubCode).toMatchObject({ documented: false, label: 'http-400' });
  });

  it('lists envelope, content-type, requestId and schema problems as the envelope rows show them', () => {
    const noRequestId = judgeAnswer(answer('/ibis/card/status', 400, { code: 'cardNotFound', context: { cFiCardId: 'c' } }));
    expect(noRequestId).toMatchObject({ documented: false, label: 'cardNotFound' });
    expect(noRequestId.problems.map((p) => p.rule)).toEqual(['request-id', 'error-envelope']);
    expect(noRequestId.problems[0].text).toBe('requestId undefined is not 32 lowercase hex characters');
    const text = judgeAnswer(answer('/ibis/card/list', 200, { code: '0', data: [], requestId: REQUEST_ID }, { contentType: 'text/plain' }));
    expect(text.problems.map((p) => p.text)).toEqual(['content-type is "text/plain", expected application/json']);
    expect(text).toMatchObject({ documented: false, label: '200', outcome: { kind: 'success' } });
    const noData = judgeAnswer(answer('/ibis/card/list', 200, { code: '0', requestId: REQUEST_ID }));
    expect(noData.problems).toEqual([
      expect.objectContaining({ rule: 'documented-response', ajv: expect.objectContaining({ keyword: 'required' }) }),
    ]);
    const notJson = judgeAnswer(answer('/ibis/card/list', 400, undefined, { contentType: 'text/html' }));
    expect(notJson.problems.map((p) => p.rule)).toEqual(['content-type', 'json-body']);
    const claimsSuccess = judgeAnswer(answer('/ibis/card/list', 400, { code: '0', requestId: REQUEST_ID }));
    expect(claimsSuccess.problems.map((p) => p.rule)).toEqual(['error-code', 'error-envelope']);
  });

  it('calls no answer, a 429 and an undocumented 5xx transport incidents, and grades none of them', () => {
    expect(judgeAnswer(answer('/ibis/card/status', null, undefined, { noAnswer: 'reset' }))).toMatchObject({
      documented: false,
      transport: 'reset',
      label: 'reset',
      problems: [],
    });
    expect(judgeAnswer(answer('/ibis/card/status', null, undefined)).transport).toBe('no-answer');
    const html = judgeAnswer(answer('/ibis/card/status', 503, '<html>busy</html>', { contentType: 'text/html' }));
    expect(html).toMatchObject({ documented: false, transport: 'http-503', label: 'http-503', problems: [] });
    expect(html.reason).toMatch(/transport incident/);
    expect(judgeAnswer(answer(null, 500, { code: 'internalError' }))).toMatchObject({ transport: 'http-500' });
    expect(judgeAnswer(answer('/ibis/card/status', 429, { requestId: REQUEST_ID, code: 'tooManyRequests' }))).toMatchObject({
      transport: 'http-429',
      label: 'http-429',
    });
  });

  it('judges the envelope of a path that is no operation, and of a method the operation does not take, but no outcome', () => {
    const unknown = judgeAnswer(answer(null, 404, { requestId: REQUEST_ID, code: 'notFound', message: 'No route' }));
    expect(unknown).toMatchObject({ documented: false, label: 'http-404', problems: [] });
    expect(unknown.reason).toBe('POST to a path that is not a documented operation');
    const broken = judgeAnswer(answer(null, 404, 'Not Found', { contentType: 'text/plain' }));
    expect(broken.problems.map((p) => p.rule)).toEqual(['content-type', 'json-body']);
    const wrongMethod = judgeAnswer({
      ...answer('/ibis/card/status', 405, { requestId: REQUEST_ID, code: 'methodNotAllowed' }),
      method: 'GET',
    });
    expect(wrongMethod).toMatchObject({ documented: false, label: 'http-405' });
    expect(wrongMethod.reason).toBe('GET is not the documented method of /ibis/card/status (POST)');
  });

  it('takes a 401 unauthorized on every authenticated operation, without a requestId (errata unauthorized-envelope)', () => {
    const j = judgeAnswer(answer('/ibis/card/set-pin', 401, { code: 'unauthorized', message: 'Authentication error' }));
    expect(j).toMatchObject({ documented: true, label: 'unauthorized', problems: [] });
  });
});
