import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ALL_OPERATIONS, OPERATIONS, findOperation, readJson, concretePath, getOperation } from './catalogue.ts';
import { cardStatusRules, errorRules, idempotencyRules, moneyRules, simulatorChoices, vAccountRules } from './rules.ts';
import { SCHEMAS_DIR } from './paths.ts';
import { projectAjv, requestSchemaId, responseSchemaId } from './validator.ts';

const errorIds = new Set(errorRules.keys());

// ibis-overview.txt, the endpoint table, then ibis-card-sync-profile.txt and transfer-to-card-register.txt.
const DOCUMENTED_PATHS = [
  '/ibis/account/add',
  '/ibis/debit-card/add',
  '/ibis/credit-card/application',
  '/ibis/credit-card/application/:applicationId',
  '/ibis/credit-card/add',
  '/ibis/card/activate',
  '/ibis/card/set-pin',
  '/ibis/card/check-pin',
  '/ibis/card/status',
  '/ibis/card/set-status',
  '/ibis/card/cardholder-profile',
  '/ibis/card/reissue',
  '/ibis/card/list',
  '/ibis/financial/card-to-card',
  '/ibis/financial/funds-credit',
  '/ibis/financial/funds-debit',
  '/ibis/financial/reversal',
  '/ibis/financial/retrieve',
  '/ibis/inquiry/transaction-history',
  '/ibis/card/sync-profile',
  '/transfer-to/card/register',
];

describe('operation catalogue', () => {
  it('has exactly the 21 documented operations, in the docs order', () => {
    expect(OPERATIONS.map((o) => o.operation)).toEqual(DOCUMENTED_PATHS);
  });
  it('gives every operation a unique name, a citation and compiled request/response schemas', () => {
    expect(new Set(ALL_OPERATIONS.map((o) => o.name)).size).toBe(ALL_OPERATIONS.length);
    for (const op of ALL_OPERATIONS) {
      expect(op['x-doc'], op.operation).toBeTruthy();
      expect(projectAjv().getSchema(requestSchemaId(op)), op.operation).toBeTypeOf('function');
      expect(projectAjv().getSchema(responseSchemaId(op)), op.operation).toBeTypeOf('function');
    }
  });
  it('names only catalogued errors', () => {
    for (const op of ALL_OPERATIONS) for (const id of op.errors) expect(errorIds.has(id), `${op.operation}: ${id}`).toBe(true);
  });
  it('finds operations by documented path, path without slash, or slug, and fills path parameters', () => {
    expect(findOperation('/ibis/card/set-pin')?.name).toBe('CardSetPin');
    expect(findOperation('ibis/card/set-pin')?.name).toBe('CardSetPin');
    expect(findOperation('ibis-card-set-pin')?.name).toBe('CardSetPin');
    expect(findOperation('/ibis/nope')).toBeUndefined();
    expect(() => getOperation('/ibis/nope')).toThrow(/unknown operation/);
    expect(concretePath(getOperation('/ibis/credit-card/application/:applicationId'), { applicationId: 'gsa_1' })).toBe(
      '/ibis/credit-card/application/gsa_1',
    );
  });
  it('keeps the inline PIN schemas of set-pin and check-pin equal to common#/definitions/pin', () => {
    type PinSchema = { type: string; pattern: string };
    const common = readJson<{ definitions: { pin: PinSchema } }>(path.join(SCHEMAS_DIR, 'common', 'common.json')).definitions.pin;
    for (const key of ['/ibis/card/set-pin', '/ibis/card/check-pin']) {
      const pin = (getOperation(key).request as { properties: { pin: PinSchema } }).properties.pin;
      expect({ type: pin.type, pattern: pin.pattern }).toEqual({ type: common.type, pattern: common.pattern });
    }
  });
});

describe('rule tables', () => {
  const status = cardStatusRules;
  const codes: string[] = status.statuses.map((s) => s.code);
  it('list the five status codes, and transitions only between them', () => {
    expect(codes).toEqual(['A', 'B', 'I', 'S', 'F']);
    // ibis-overview.txt, "Allowed Status Changes"
    expect(status.transitions.allowed).toEqual({ A: ['B', 'F', 'I', 'S'], B: ['F', 'I', 'S'], F: [], I: ['F', 'S'], S: ['B', 'F'] });
  });
  it('give every refused permission a catalogued error, and the table matches the docs', () => {
    const table = status.permissions.operations;
    const allowed = Object.fromEntries(Object.entries(table).map(([op, row]) => [op, codes.filter((c) => row[c] === true).join('')]));
    // ibis-overview.txt, "Ibis Card Status Codes": activate, check-pin, set-pin, status, set-status
    expect(allowed).toEqual({
      '/ibis/card/activate': 'AIS',
      '/ibis/card/check-pin': 'B',
      '/ibis/card/set-pin': 'AB',
      '/ibis/card/status': 'ABISF',
      '/ibis/card/set-status': 'ABIS',
    });
    for (const row of Object.values(table)) for (const v of Object.values(row)) if (v !== true) expect(errorIds.has(v)).toBe(true);
  });
  it('refer only to known operations and errors', () => {
    const known = new Set(ALL_OPERATIONS.map((o) => o.operation));
    for (const o of idempotencyRules.operations) expect(known.has(o.operation), o.operation).toBe(true);
    for (const o of vAccountRules.operations) expect(known.has(o), o).toBe(true);
    const money = moneyRules;
    for (const id of [money.currencies.refusal, money.pull.insufficient, money.reversal.refusal, ...Object.values(money.pull.refusals)]) {
      expect(errorIds.has(id), String(id)).toBe(true);
    }
  });
  it('cite, for every simulator choice, an erratum of schemas/errata.json that records a silence of the docs', () => {
    const errata = new Map(
      readJson<{ errata: { id: string; kind: string }[] }>(`${SCHEMAS_DIR}/errata.json`).errata.map((e) => [e.id, e.kind]),
    );
    const rows = Object.entries(simulatorChoices);
    expect(rows.length).toBeGreaterThan(0);
    for (const [id, row] of rows) expect(errata.get(row.erratum), `${id} cites ${row.erratum}`).toBe('silence');
  });
});
