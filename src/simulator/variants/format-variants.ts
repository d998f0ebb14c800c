import { isJsonArray, isJsonObject, valueAt, type JsonObject } from '../../util/json-object.ts';
import type { FaultResponse } from '../faults/types.ts';
import type { Random } from '../random.ts';
import type { Variant } from './types.ts';

/**
 * Variants in the form of the answers, where the docs fix only part of it: fields the docs do not
 * list, other ids and requestIds, other words, other orders of keys and list items.
 * Each keeps what the docs do fix (the envelope, the documented fields, codes and contexts).
 */

const ENVELOPE = { file: 'README.md', heading: 'Error envelope' } as const;
const ERRORS_QUOTE = 'Errors: { "requestId", "code", "subCode"?, "context"?, "message"? }; success: { "code": "0", "data", "requestId" }.';

/** Applies `change` to the 200 answers' `data` objects: the data itself, each item of a list, each transaction. */
/** What extra-response-fields adds: constant values, so that answers compare as before (drift.json shows them). */
export const EXTRA_RESPONSE_FIELDS = {
  envelope: { apiRevision: '2024-08-06' },
  data: { processorRegion: 'us-east-2', partnerTraceId: 'trcA1B2C3D4E5F6' },
} as const;

function eachDataObject(r: FaultResponse, change: (o: JsonObject) => void): void {
  if (r.status !== 200) return;
  const data = r.body.data;
  const objects = isJsonArray(data) ? data : [data];
  for (const o of objects) {
    if (!isJsonObject(o)) continue;
    change(o);
    const transactions = o.transactions;
    if (isJsonArray(transactions)) for (const item of transactions) if (isJsonObject(item)) change(item);
  }
}

/** Every object of `value` with its keys in reverse order (JSON.stringify keeps insertion order). */
function reversedKeys(value: unknown): unknown {
  if (isJsonArray(value)) return value.map(reversedKeys);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).reverse()) out[key] = reversedKeys(value[key]);
  return out;
}

/** The error answers' own words, reworded: same status, code, subCode and context. */
const REWORDED: Readonly<Record<string, string>> = {
  unauthorized: 'Not signed in: obtain a new token and try again.',
  referenceExists: 'A request with this reference was already processed.',
  cardNotFound: 'No such card.',
  extIbis: 'The card processor declined the request.',
};
const REWORDED_DEFAULT = 'The request could not be completed.';

/** Entity ids without a prefix: 26 lowercase letters and digits (few digits in a row, never PAN-like). */
const UNPREFIXED = new Set(['icrd_', 'ifnd_', 'gsa_', 'tcrd_']);
const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
function unprefixedId(prefix: string, random: Random): string {
  if (!UNPREFIXED.has(prefix)) return prefix + random.base62(22);
  let id = LOWER36[random.int(26)];
  while (id.length < 26) id += LOWER36[random.int(36)];
  return id;
}

/** A time-based (version 1) UUID in 32 lowercase hex characters, as the documented requestIds are. */
export function timeBasedRequestId(now: number, sequence: number, node: string): string {
  // 100-nanosecond intervals since 1582-10-15, the UUID epoch.
  const ticks = (BigInt(now) + 12_219_292_800_000n) * 10_000n + BigInt(sequence % 10_000);
  const hex = ticks.toString(16).padStart(15, '0');
  const timeLow = hex.slice(7, 15);
  const timeMid = hex.slice(3, 7);
  const timeHigh = `1${hex.slice(0, 3)}`;
  const clockSeq = (0x8000 | (sequence & 0x3fff)).toString(16);
  return `${timeLow}${timeMid}${timeHigh}${clockSeq}${node}`;
}

let requestSequence = 0;

export const FORMAT_VARIANTS: readonly Variant[] = [
  {
    name: 'extra-response-fields',
    description:
      'adds an undocumented field to the envelope of every 200 answer and two to every data object (each list item and transaction too), the way a newer revision of the API would',
    erratum: 'response-field-variance',
    docs: [
      { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis', quote: '"outstandingSettlementBalance": 0' },
      { file: 'ibis-overview.txt', heading: 'Pull Funds from Card with /ibis', quote: '"cardPrgName": "GPR Card Program"' },
    ],
    respond: (r) => {
      if (r.status !== 200) return r;
      Object.assign(r.body, EXTRA_RESPONSE_FIELDS.envelope);
      eachDataObject(r, (o) => Object.assign(o, EXTRA_RESPONSE_FIELDS.data));
      return r;
    },
    probe: async (api) => Object.keys(await listOf(api)),
  },
  {
    name: 'unprefixed-ids',
    description: 'issues card, vAccount, transfer, application and registration ids without a prefix: 26 lowercase letters and digits',
    docs: [
      {
        file: 'README.md',
        heading: 'Schema details the overview page leaves out',
        quote: 'IDs are common-id: ^[0-9a-zA-Z_]+$, 1-36.',
      },
      { file: 'transfer-to-card-register.txt', heading: 'Successful Response Examples', quote: '"cFiCardId": "1BpOVitG1ADj5bYwJijI00",' },
    ],
    setup: (store) => {
      store.random.idFormat = unprefixedId;
    },
    probe: async (api) => {
      const r = await api.call('/ibis/account/add', { customerId: api.fixtures.customerId, reference: 'probeIds1' });
      return /^[a-z]+_/.test(String(valueAt(r.body, 'data', 'cFiAccountId')));
    },
  },
  {
    name: 'time-based-request-ids',
    description: 'answers with time-based (version 1) UUIDs as requestIds, still 32 lowercase hex characters, like the documented ones',
    erratum: 'example-request-ids-reused',
    docs: [
      { file: 'README.md', heading: 'Error envelope', quote: 'requestId is 32 lowercase hex characters in every example.' },
      { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis', quote: '"requestId": "089834906e9111eebc4256da8a8696e4",' },
    ],
    respond: (r) => {
      if (typeof r.body.requestId !== 'string') return;
      requestSequence += 1;
      r.body.requestId = timeBasedRequestId(Date.now(), requestSequence, '56da8a8696e4');
      return r;
    },
    probe: async (api) => String(valueAt((await listAnswer(api)).body, 'requestId')).charAt(12),
  },
  {
    name: 'unauthorized-without-request-id',
    description: 'answers a refused token or login with 401 { code, message } and no requestId, as the documented example',
    erratum: 'unauthorized-envelope',
    docs: [
      {
        file: 'README.md',
        heading: 'Authentication',
        quote: 'Bad credentials: HTTP 401 { "code": "unauthorized", "message": "Authentication error" }.',
      },
    ],
    respond: (r) => {
      if (r.status !== 401 || !('requestId' in r.body)) return;
      delete r.body.requestId;
      return r;
    },
    probe: async (api) =>
      'requestId' in asObject((await api.call('/ibis/card/list', { customerId: api.fixtures.customerId }, { token: null })).body),
  },
  {
    name: 'reworded-messages',
    description: 'words every error message differently (same HTTP status, code, subCode and context)',
    erratum: 'undocumented-refusal-messages',
    docs: [
      { ...ENVELOPE, quote: ERRORS_QUOTE },
      { file: 'README.md', heading: 'Error envelope', quote: 'and may have no message.' },
    ],
    respond: (r) => {
      if (r.status < 400 || typeof r.body.message !== 'string') return;
      r.body.message = REWORDED[String(r.body.code)] ?? REWORDED_DEFAULT;
      return r;
    },
    probe: async (api) => valueAt((await api.call('/ibis/card/status', { cFiCardId: 'icrd_probeUnknown' })).body, 'message'),
  },
  {
    name: 'messages-omitted',
    description: 'answers every error without a message (the envelope makes it optional)',
    docs: [
      { ...ENVELOPE, quote: ERRORS_QUOTE },
      { file: 'README.md', heading: 'Error envelope', quote: 'and may have no message.' },
    ],
    respond: (r) => {
      if (r.status < 400 || !('message' in r.body)) return;
      delete r.body.message;
      return r;
    },
    probe: async (api) => 'message' in asObject((await api.call('/ibis/card/status', { cFiCardId: 'icrd_probeUnknown' })).body),
  },
  {
    name: 'reordered-keys',
    description: 'writes the keys of every JSON object of every answer in reverse order',
    docs: [{ ...ENVELOPE, quote: ERRORS_QUOTE }],
    respond: (r) => ({ ...r, body: reversedKeys(r.body) as JsonObject }),
    probe: async (api) => Object.keys(asObject((await listAnswer(api)).body)),
  },
  {
    name: 'reordered-lists',
    description: 'lists cards newest first and the entries of a requestValidateError in reverse order',
    docs: [
      {
        file: 'ibis-overview.txt',
        heading: 'List Customer Cards',
        quote: 'Use this endpoint to list all cards belonging to the specified customer that were issued through /ibis endpoints.',
      },
      {
        file: 'README.md',
        heading: 'Error envelope',
        quote: 'requestValidateError carries context as an array of Ajv error objects',
      },
    ],
    respond: (r) => {
      if (r.operation === '/ibis/card/list' && r.status === 200 && isJsonArray(r.body.data)) r.body.data = [...r.body.data].reverse();
      else if (r.body.code === 'requestValidateError' && isJsonArray(r.body.context)) r.body.context = [...r.body.context].reverse();
      else return;
      return r;
    },
    probe: async (api) => {
      await api.call('/ibis/account/add', { customerId: api.fixtures.customerId, reference: 'probeOrder1' });
      await api.call('/ibis/account/add', { customerId: api.fixtures.customerId, reference: 'probeOrder2' });
      const items = valueAt(await listAnswer(api), 'body', 'data');
      return isJsonArray(items) ? items.map((i) => valueAt(i, 'reference')) : items;
    },
  },
];

function asObject(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

async function listAnswer(api: Parameters<NonNullable<Variant['probe']>>[0]) {
  return api.call('/ibis/card/list', { customerId: api.fixtures.customerId });
}

/** The first data object of a card/list answer after one account was added. */
async function listOf(api: Parameters<NonNullable<Variant['probe']>>[0]): Promise<JsonObject> {
  await api.call('/ibis/account/add', { customerId: api.fixtures.customerId, reference: 'probeFields1' });
  return asObject(valueAt((await listAnswer(api)).body, 'data', 0));
}
