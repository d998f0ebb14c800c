import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';
import { diffSchemaSets, type SchemaChange } from './schema-diff.ts';
import { loadSchemaSet, type OperationSchemas, type SchemaSet } from './schema-set.ts';

const OP = '/ibis/card/status';

/** A one-operation schema set in memory: `request` and `data` as given, the common schemas optional. */
function set(
  request: object,
  data: object = { type: 'object' },
  extra: Partial<OperationSchemas> = {},
  byId: SchemaSet['byId'] = {},
): SchemaSet {
  const op: OperationSchemas = {
    operation: OP,
    method: 'POST',
    request: request as JsonSchema,
    responseData: data as JsonSchema,
    errors: ['cardNotFound'],
    ...extra,
  };
  return { source: 'test', operations: new Map([[OP, op]]), byId };
}
const brief = (changes: SchemaChange[]) => changes.map((c) => `${c.side} ${c.path} ${c.change} → ${c.breaking}`);
const request = (a: object, b: object) => brief(diffSchemaSets(set(a), set(b)));
const response = (a: object, b: object) => brief(diffSchemaSets(set({}, a), set({}, b)));

describe('spec-diff: the documented transaction-history change (README.md, "Schema details the overview page leaves out")', () => {
  it('dateFrom and dateTo made required is breaking for integrators; the same schemas twice change nothing', () => {
    // The schemas keep both dates optional (errata transaction-history-dates-required); the revision
    // of 08/06/2024 requires them: the new revision is schemas/ with both added to `required`.
    const after = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-spec-')), 'schemas');
    cpSync(SCHEMAS_DIR, after, { recursive: true });
    const file = path.join(after, 'operations', 'ibis-inquiry-transaction-history.json');
    const history = JSON.parse(readFileSync(file, 'utf8')) as { request: { required: string[] } };
    expect(history.request.required).not.toContain('dateFrom');
    history.request.required.push('dateFrom', 'dateTo');
    writeFileSync(file, JSON.stringify(history, null, 2));

    const before = loadSchemaSet(SCHEMAS_DIR);
    expect(diffSchemaSets(before, loadSchemaSet(after))).toEqual([
      {
        operation: '/ibis/inquiry/transaction-history',
        side: 'request',
        path: '/dateFrom',
        change: 'became required',
        breaking: 'integrators',
      },
      {
        operation: '/ibis/inquiry/transaction-history',
        side: 'request',
        path: '/dateTo',
        change: 'became required',
        breaking: 'integrators',
      },
    ]);
    expect(diffSchemaSets(before, loadSchemaSet(SCHEMAS_DIR))).toEqual([]);
  });
});

describe('spec-diff: whom a change breaks', () => {
  it('a narrower request breaks integrators; a wider one is compatible', () => {
    const s = (extra: object) => ({ type: 'object', properties: { code: { type: 'string', ...extra } } });
    expect(request(s({ enum: ['A', 'B'] }), s({ enum: ['A'] }))).toEqual(['request /code enum no longer allows "B" → integrators']);
    expect(request(s({ enum: ['A'] }), s({ enum: ['A', 'B'] }))).toEqual(['request /code enum now allows "B" → none']);
    expect(request(s({ maxLength: 60 }), s({ maxLength: 50 }))).toEqual(['request /code maxLength 60 → 50 → integrators']);
    expect(request(s({ minLength: 2 }), s({ minLength: 1 }))).toEqual(['request /code minLength 2 → 1 → none']);
    expect(request(s({}), s({ pattern: '^[A-Z]+$' }))).toEqual(['request /code pattern none → ^[A-Z]+$ → integrators']);
    expect(request(s({ pattern: '^[A-Z]+$' }), s({ pattern: '^[A-Z0-9]+$' }))).toEqual([
      'request /code pattern ^[A-Z]+$ → ^[A-Z0-9]+$ → integrators',
    ]);
    expect(request(s({}), s({ nullable: true }))).toEqual(['request /code type string → null|string → none']);
    expect(request(s({ amountPrecision: 2 }), s({ amountPrecision: 3 }))).toEqual(['request /code amountPrecision 2 → 3 → none']);
    expect(request(s({}), s({ isNotOnlyWhitespace: true }))).toEqual(['request /code isNotOnlyWhitespace none → true → integrators']);
  });

  it('a field removed where extra fields are refused breaks integrators; a new optional field does not', () => {
    const closed = (props: object) => ({ type: 'object', properties: props, additionalProperties: false });
    expect(request(closed({ a: { type: 'string' }, b: { type: 'string' } }), closed({ a: { type: 'string' } }))).toEqual([
      'request /b removed: now refused (extra fields are refused) → integrators',
    ]);
    expect(request(closed({ a: { type: 'string' } }), closed({ a: { type: 'string' }, b: { type: 'string' } }))).toEqual([
      'request /b added: now accepted (extra fields were refused) → none',
    ]);
    expect(request({ type: 'object', properties: { a: {} } }, { type: 'object', properties: { a: {}, b: {} } })).toEqual([
      'request /b added → none',
    ]);
    expect(request({ type: 'object' }, { type: 'object', additionalProperties: false })).toEqual([
      'request / extra fields are now refused (additionalProperties false) → integrators',
    ]);
  });

  it('a narrower answer breaks providers, field by field, through $refs, allOf parts and array items', () => {
    const byId = { common: { $id: 'common', definitions: { status: { type: 'string', enum: ['A', 'B', 'F'] } } } };
    const after = structuredClone(byId);
    after.common.definitions.status.enum = ['A', 'B'];
    const data = { type: 'array', items: { allOf: [{ type: 'object', properties: { status: { $ref: 'common#/definitions/status' } } }] } };
    expect(brief(diffSchemaSets(set({}, data, {}, byId), set({}, data, {}, after)))).toEqual([
      'response /data/*/status enum no longer allows "F" → providers',
    ]);
    const card = (required: string[]) => ({ type: 'object', required, properties: { a: { type: 'string' }, b: { type: 'string' } } });
    expect(response(card(['a']), card(['a', 'b']))).toEqual(['response /data/b became required → providers']);
    expect(response(card(['a', 'b']), card(['a']))).toEqual(['response /data/b no longer required → none']);
  });

  it('a field constrained again in another allOf part narrows, unless the constraint was already there', () => {
    const parts = (second: object) => ({
      allOf: [{ type: 'object', properties: { kind: { type: 'string', enum: ['debit', 'credit'] } } }, second],
    });
    expect(response(parts({ type: 'object' }), parts({ type: 'object', properties: { kind: { const: 'debit' } } }))).toEqual([
      'response /data/kind constrained again: {"const":"debit"} → providers',
    ]);
    expect(response(parts({ type: 'object' }), parts({ type: 'object', properties: { kind: { type: 'string' } } }))).toEqual([]);
  });

  it('names an alternative of oneOf, and reports operations and documented errors added or removed', () => {
    const alt = (required: string) => ({ type: 'object', oneOf: [{ required: ['cFiCardId'] }, { required: [required] }] });
    expect(request(alt('reference'), alt('arn'))).toEqual([
      'request /arn became required (oneOf 2) → integrators',
      'request /reference no longer required (oneOf 2) → none',
    ]);
    const errors = diffSchemaSets(set({}), set({}, undefined, { errors: ['cardNotFound', 'extIbis.SD.closed'] }));
    expect(brief(errors)).toEqual(['response /code documents error extIbis.SD.closed → none']);
    const none: SchemaSet = { source: 'empty', operations: new Map(), byId: {} };
    expect(brief(diffSchemaSets(none, set({})))).toEqual(['request / operation added → none']);
    expect(brief(diffSchemaSets(set({}), none))).toEqual(['request / operation removed: its requests are refused → integrators']);
  });

  it('compares the envelope every answer shares once, as operation "*"', () => {
    const envelope = (pattern: string) => ({ envelope: { $id: 'envelope', definitions: { requestId: { type: 'string', pattern } } } });
    const changes = diffSchemaSets(
      set({}, undefined, {}, envelope('^[0-9a-f]{32}$')),
      set({}, undefined, {}, envelope('^[0-9a-f]{16,32}$')),
    );
    expect(changes).toEqual([
      { operation: '*', side: 'response', path: '/requestId', change: 'pattern ^[0-9a-f]{32}$ → ^[0-9a-f]{16,32}$', breaking: 'providers' },
    ]);
  });

  it('refuses a missing directory and one that is not a schemas directory, naming it', () => {
    expect(() => loadSchemaSet('/nonexistent/schemas')).toThrow(/\/nonexistent\/schemas: no such directory/);
    expect(() => loadSchemaSet(path.join(SCHEMAS_DIR, 'rules'))).toThrow(/is not a schemas directory/);
  });
});
