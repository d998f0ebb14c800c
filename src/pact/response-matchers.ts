import { MatchersV3 as M } from '@pact-foundation/pact';
import { REQUEST_ID_PATTERN } from '../api/request-id.ts';
import { panSafeExample } from './pan-scan.ts';

/**
 * Turns a documented response body into a Pact template: the documented values stay as examples,
 * and matching rules say what a provider must really honour, so that verification checks the
 * contract and not the sample values (docs/providers.md, "The contract").
 *
 * - exact: the envelope `code`, `subCode`, card status codes, transfer `type`, `cFiStatus`,
 *   `programType`, `decision` and the currency (README.md, "Error envelope"; ibis-overview.txt,
 *   "Ibis Card Status Codes");
 * - regex: ids by their documented prefix (icrd_, ifnd_, gsa_, cstap_, cstab_, cstcp_...), requestId
 *   (32 lower-case hex, errata example-request-ids-reused), dts* timestamps (ISO-8601 UTC with
 *   milliseconds) and the other dates in their documented shape (errata date-formats), decimal
 *   strings (errata money-as-strings), digit strings, masked card numbers, arn (errata arn-format);
 * - type: amounts, balances, booleans and free text (messages are never compared verbatim: errata
 *   copy-paste-wording, message-typos);
 * - arrays: eachLike over the fields every element shows; arrayContaining where the documented
 *   elements differ in kind (card/list shows a failed card beside complete ones: errata card-list-200).
 */

/** A leaf or subtree replaced by a hand-written matcher, keyed by JSONPath ("$.context.entityId"). */
export type Overrides = Readonly<Record<string, unknown>>;

const EXACT_KEYS = new Set(['code', 'subCode', 'statusCode', 'type', 'cFiStatus', 'programType', 'decision', 'creditLimitCurrency']);
const ID_KEYS = new Set([
  'cFiCardId',
  'cFiAccountId',
  'cFiFundsId',
  'cFiPrimaryCardId',
  'cardFromId',
  'cardToId',
  'applicationId',
  'customerId',
  'entityId',
]);
const SHAPED_DATE_KEYS = new Set([
  'expiryDate',
  'cardExpirationDate',
  'cardExpDate',
  'expDate',
  'dob',
  'businessDate',
  'transDate',
  'localDateTime',
]);
const DIGIT_KEYS = new Set([
  'vAccountNumber',
  'number',
  'accountNumber',
  'pseudoDdaNumber',
  'boReferenceId',
  'boCustomerId',
  'cardReferenceId',
  'newCardReferenceId',
  'abaRoutingNumber',
  'cardLast4',
]);

export const TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';
export const DECIMAL_STRING_PATTERN = '^-?\\d+\\.\\d{2}$';
/** Any connectFi id: a lower-case prefix, an underscore, base-62 characters. */
export const ANY_ID_PATTERN = '^[a-z]+_[0-9A-Za-z]+$';
const PREFIXED_ID = /^([a-z]+_)[0-9A-Za-z]{6,}$/;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** "2023-05-02 09:21:00" → ^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$ : the documented value's own shape. */
export function shapePattern(example: string): string {
  return `^${escapeRegex(example).replace(/\d+/g, (d) => `\\d{${d.length}}`)}$`;
}

interface Walk {
  path: string;
  /** Inside an array matcher, whose type rule would otherwise cascade onto un-matched leaves. */
  inArray: boolean;
  overrides: Overrides;
}

function exact(value: unknown, walk: Walk): unknown {
  return walk.inArray ? M.equal(value) : value;
}

function stringLeaf(key: string, value: string): unknown {
  const prefixed = PREFIXED_ID.exec(value);
  if (prefixed) return M.regex(`^${prefixed[1]}[0-9A-Za-z]+$`, value);
  // transfer-to/card/register returns an id without prefix (errata register-200).
  if (ID_KEYS.has(key)) return M.regex('^[0-9A-Za-z_]+$', value);
  if (key.startsWith('dts')) return M.regex(TIMESTAMP_PATTERN, value);
  if (SHAPED_DATE_KEYS.has(key)) return M.regex(shapePattern(value), value);
  if (/^-?\d+\.\d{2}$/.test(value)) return M.regex(DECIMAL_STRING_PATTERN, value);
  if (DIGIT_KEYS.has(key) && /^\d+$/.test(value)) {
    return M.regex(key === 'cardLast4' ? '^\\d{4}$' : '^\\d+$', panSafeExample(value));
  }
  if (key === 'cardNumber' && /^\d{6}\*+\d{4}$/.test(value)) return M.regex('^\\d{6}\\*+\\d{4}$', value);
  if (key === 'arn') return M.regex('^[0-9A-Za-z]+$', value);
  return M.like(value);
}

function leaf(key: string, value: unknown, walk: Walk): unknown {
  if (walk.path === '$.requestId') return M.regex(REQUEST_ID_PATTERN, String(value));
  if (value === null) return walk.inArray ? M.nullValue() : null;
  if (EXACT_KEYS.has(key)) return exact(value, walk);
  if (typeof value === 'string') return stringLeaf(key, value);
  return M.like(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The fields every element shows, with the first element's values (errata response-field-variance). */
function commonShape(items: Record<string, unknown>[]): Record<string, unknown> {
  const keys = Object.keys(items[0]).filter((k) => items.every((item) => k in item));
  return Object.fromEntries(keys.map((k) => [k, items[0][k]]));
}

function arrayNode(items: unknown[], walk: Walk): unknown {
  const inner = { ...walk, path: `${walk.path}[*]`, inArray: true };
  if (items.length === 0 || !items.every(isRecord)) return exact(items, walk);
  const records = items;
  const kinds = new Map<unknown, Record<string, unknown>>();
  for (const item of records) if (!kinds.has(item.cFiStatus)) kinds.set(item.cFiStatus, item);
  if (kinds.size > 1) return M.arrayContaining(...[...kinds.values()].map((item) => node(item, inner)));
  return M.eachLike(node(commonShape(records), inner), 1);
}

function node(value: unknown, walk: Walk): unknown {
  if (walk.path in walk.overrides) return walk.overrides[walk.path];
  if (Array.isArray(value)) return arrayNode(value, walk);
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, node(v, { ...walk, path: `${walk.path}.${k}` })]));
  }
  const key = walk.path.slice(walk.path.lastIndexOf('.') + 1);
  return leaf(key, value, walk);
}

export interface AjvEntry {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A requestValidateError context entry: keyword, instancePath and params are the contract (what a
 * conforming Ajv reports); schemaPath and message are free text (errata funds-credit-merge-error-entry:
 * "schemaPath is not compared").
 */
export function ajvEntryTemplate(entry: AjvEntry, inArray: boolean): Record<string, unknown> {
  const pin = (v: unknown) => (inArray ? M.equal(v) : v);
  return {
    ...Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, M.like(v)])),
    instancePath: pin(entry.instancePath),
    keyword: pin(entry.keyword),
    params: pin(entry.params),
  };
}

/**
 * The example a template stands for, as the mock server sends it. pact-js's reify does not know
 * arrayContaining (its variants are the example elements), hence this walk.
 */
export function exampleOf(template: unknown): unknown {
  if (Array.isArray(template)) return template.map(exampleOf);
  if (!isRecord(template)) return template;
  if (template['pact:matcher:type'] === 'arrayContains') return (template.variants as unknown[]).map(exampleOf);
  if ('pact:matcher:type' in template) return M.reify(template);
  return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, exampleOf(v)]));
}

/** The Pact template of a documented response body. */
export function responseTemplate(body: unknown, overrides: Overrides = {}): unknown {
  if (isRecord(body) && body.code === 'requestValidateError' && Array.isArray(body.context) && !('$.context' in overrides)) {
    const context = (body.context as AjvEntry[]).map((e) => ajvEntryTemplate(e, false));
    return { ...(node({ ...body, context: [] }, { path: '$', inArray: false, overrides }) as object), context };
  }
  return node(body, { path: '$', inArray: false, overrides });
}
