import { describe, expect, it } from 'vitest';
import { exchangeDrift, jsonType } from './drift.ts';
import { loadExamples } from './examples.ts';
import { cardStatusRules, driftWatch } from './rules.ts';

const examples = loadExamples();
const example = (operation: string, status: number) => {
  const found = examples.find((e) => e.operation === operation && e.response?.status === status);
  if (!found?.response) throw new Error(`no documented ${status} example of ${operation}`);
  return structuredClone(found.response.body) as Record<string, unknown> & { data: unknown };
};
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'content-length': '120' };

describe('the drift model: what an answer shows beyond the docs', () => {
  it('finds nothing in any documented example: the docs do not drift from themselves', () => {
    const answered = examples.filter((e) => e.response);
    expect(answered.length).toBeGreaterThan(50);
    const drifting = answered.flatMap((e) => {
      const drift = exchangeDrift({ operation: e.operation, status: e.response!.status, headers: JSON_HEADERS, body: e.response!.body });
      return drift ? [`${e.name}: ${JSON.stringify(drift)}`] : [];
    });
    expect(drifting).toEqual([]);
  });

  it('names an undocumented field by its JSON pointer, `*` for array items, once per answer, with its type and example', () => {
    const body = example('/ibis/card/list', 200);
    const cards = body.data as Record<string, unknown>[];
    for (const card of cards) card.riskTier = 'standard';
    body.traceId = 'T-1';
    cards[0]['odd/key~'] = 1.5;
    const drift = exchangeDrift({ operation: '/ibis/card/list', status: 200, headers: JSON_HEADERS, body });
    expect(drift?.fields).toEqual([
      { path: '/data/*/riskTier', type: 'string', example: 'standard' },
      { path: '/data/*/odd~1key~0', type: 'number', example: 1.5 },
      { path: '/traceId', type: 'string', example: 'T-1' },
    ]);
    expect(drift?.status).toBeUndefined();
  });

  it('reports the outermost undocumented object, not each of its fields', () => {
    const body = example('/ibis/card/status', 200);
    (body.data as Record<string, unknown>).limits = { daily: 500, monthly: { amount: 1 } };
    const drift = exchangeDrift({ operation: '/ibis/card/status', status: 200, headers: {}, body });
    expect(drift?.fields).toEqual([{ path: '/data/limits', type: 'object', example: { daily: 500, monthly: { amount: 1 } } }]);
  });

  it('reads a value outside a prose-listed set (drift-watch.json) as an undocumented value', () => {
    const body = example('/ibis/card/status', 200);
    (body.data as { status: { description: string } }).status.description = 'Active';
    const drift = exchangeDrift({ operation: '/ibis/card/status', status: 200, headers: {}, body });
    expect(drift).toEqual({ values: [{ path: '/data/status/description', value: 'Active', listed: 'card-status-description' }] });
  });

  it('lists the card status descriptions as the status table has them (card-status.json)', () => {
    const row = driftWatch.values.find((v) => v.id === 'card-status-description')!;
    expect(row.values).toEqual(cardStatusRules.statuses.map((s) => s.description));
  });

  it('reads an undocumented status with its code, and the headers of interest', () => {
    const drift = exchangeDrift({
      operation: '/ibis/card/status',
      status: 429,
      headers: { ...JSON_HEADERS, 'Retry-After': '2', 'x-ratelimit-remaining': '0', 'x-request-id': 'abc' },
      body: { requestId: '0'.repeat(32), code: 'tooManyRequests' },
    });
    expect(drift?.status).toEqual({ code: 'tooManyRequests' });
    expect(drift?.headers).toEqual([
      { name: 'retry-after', value: '2' },
      { name: 'x-ratelimit-remaining', value: '0' },
    ]);
    expect(drift?.values).toEqual([{ path: '/code', value: 'tooManyRequests' }]);
  });

  it('reads an error code the docs do not tie to the operation, and a documented code with an undocumented subCode', () => {
    const refusal = example('/ibis/card/activate', 400);
    expect(exchangeDrift({ operation: '/ibis/card/activate', status: 400, headers: {}, body: refusal })).toBeUndefined();
    const unknown = exchangeDrift({ operation: '/ibis/card/activate', status: 400, headers: {}, body: { ...refusal, code: 'cardFrozen' } });
    expect(unknown?.values).toEqual([{ path: '/code', value: 'cardFrozen' }]);
    const subCode = exchangeDrift({ operation: '/ibis/card/activate', status: 400, headers: {}, body: { ...refusal, subCode: 'Z9' } });
    expect(subCode?.values).toEqual([{ path: '/subCode', value: 'Z9' }]);
  });

  it('reads the context of a documented error against that error, and leaves undescribed objects alone', () => {
    const refusal = example('/ibis/card/activate', 400);
    const context = { ...(refusal.context as object), retryable: false };
    const drift = exchangeDrift({ operation: '/ibis/card/activate', status: 400, headers: {}, body: { ...refusal, context } });
    expect(drift?.fields).toEqual([{ path: '/context/retryable', type: 'boolean', example: false }]);
    // requestValidateError's params are `{ type: object }`: the docs do not describe their fields.
    const invalid = {
      requestId: '0'.repeat(32),
      code: 'requestValidateError',
      context: [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'x', anything: 1 } }],
    };
    expect(exchangeDrift({ operation: '/ibis/card/activate', status: 400, headers: {}, body: invalid })).toBeUndefined();
  });

  it('reads nothing from an undocumented path, an answer that never came, or a body that is not a JSON object', () => {
    expect(exchangeDrift({ operation: '/ibis/card/freeze', status: 200, headers: {}, body: { code: '0', extra: 1 } })).toBeUndefined();
    expect(exchangeDrift({ operation: '/ibis/card/status', status: 0, headers: {}, body: null })).toBeUndefined();
    expect(exchangeDrift({ operation: '/ibis/card/status', status: 400, headers: {}, body: '<html>' })).toBeUndefined();
  });

  it('names JSON types as a schema would', () => {
    expect([null, [], {}, 'a', true, 3, 3.5].map(jsonType)).toEqual(['null', 'array', 'object', 'string', 'boolean', 'integer', 'number']);
  });
});
