import { describe, expect } from 'vitest';
import { check } from '../../src/harness/check.ts';
import { ENVELOPE_SUCCESS_SHAPE_ID } from '../../src/harness/check-ids.ts';
import { loadExamples } from '../../src/api/examples.ts';
import { REQUEST_ID, getOperation, type AjvError } from '../../src/api/index.ts';
import { ENVELOPE_DOC } from './run-wide/envelope-run-wide.ts';

// README.md, "Error envelope" (ENVELOPE_DOC): success { code: "0", data, requestId }; errors
// { requestId, code, subCode?, context?, message? }; requestId is 32 lowercase hex characters in every
// example; requestValidateError carries Ajv error objects, which a conforming validator reproduces.
// The checks below send their own requests; the family's run-wide rows envelope.<operation>.success
// and .error, which grade every answer the run saw, are declared in run-wide/envelope-run-wide.ts.

describe('envelope', () => {
  check(
    {
      id: ENVELOPE_SUCCESS_SHAPE_ID,
      title: 'a success answers HTTP 200, JSON, { code: "0", data, requestId } with a 32-hex requestId',
      family: 'envelope',
      operation: '/ibis/card/list',
      docRef: ENVELOPE_DOC,
      needs: ['customerId'],
    },
    async (t) => {
      const r = await t.client.call('/ibis/card/list', { customerId: t.fixture('customerId') });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.body).toMatchObject({ code: '0', requestId: expect.stringMatching(REQUEST_ID) });
      expect(r.body).toHaveProperty('data');
    },
  );

  check(
    {
      id: 'envelope.error.shape',
      title: 'an error answers JSON { requestId, code, ... } with a 32-hex requestId and a code other than "0"',
      family: 'envelope',
      operation: '/ibis/card/set-pin',
      docRef: ENVELOPE_DOC,
    },
    async (t) => {
      const r = await t.client.call('/ibis/card/set-pin', { cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', pin: '12345' });
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.body).toMatchObject({ requestId: expect.stringMatching(REQUEST_ID), code: expect.any(String) });
      expect((r.body as { code: string }).code).not.toBe('0');
    },
  );

  check(
    {
      id: 'envelope.request-id.unique',
      title: 'every response carries its own requestId',
      family: 'envelope',
      operation: '/ibis/card/list',
      docRef: ENVELOPE_DOC,
      needs: ['customerId'],
    },
    async (t) => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i += 1)
        ids.add(String((await t.client.call('/ibis/card/list', { customerId: t.fixture('customerId') })).requestId));
      expect(ids.size).toBe(5);
    },
  );
});

// Each documented requestValidateError example, sent to the target: the same code, and the same
// keyword, instancePath and params in the context (the "$merge" entry is connectFi's own artifact,
// errata funds-credit-merge-error-entry).
describe('validation: the documented requestValidateError examples', () => {
  const documented = loadExamples().filter((e) => (e.response?.body as { code?: string } | undefined)?.code === 'requestValidateError');
  for (const e of documented) {
    const op = getOperation(e.operation);
    check(
      {
        id: `validation.documented.${e.name}`,
        title: `${op.operation}: ${e.source.label ?? e.name}`,
        family: 'validation',
        operation: op.operation,
        docRef: { file: e.source.file, heading: e.source.heading },
      },
      async (t) => {
        const r = await t.client.call(op.operation, e.request.body);
        const expected = (e.response!.body as { context: AjvError[] }).context.filter((c) => c.keyword !== '$merge');
        const actual = (r.body as { context?: AjvError[] })?.context;
        t.expectation(
          { status: 400, code: 'requestValidateError', context: expected },
          { status: r.status, code: (r.body as { code?: string })?.code, context: actual },
        );
        expect(r.status).toBe(400);
        expect(r.body).toMatchObject({ code: 'requestValidateError' });
        for (const entry of expected) {
          expect(actual).toContainEqual(
            expect.objectContaining({ keyword: entry.keyword, instancePath: entry.instancePath, params: entry.params }),
          );
        }
      },
    );
  }
});
