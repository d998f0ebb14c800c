import { isJsonArray, isJsonObject, valueAt, type JsonObject } from '../../util/json-object.ts';
import { outcome } from './during.ts';
import { activeCard, moveFunds } from './probes.ts';
import type { Fault, ProbeApi } from './types.ts';

/** Faults of the authentication and envelope families (README.md, "Authentication", "Error envelope"). */

const AUTH_DOC = { file: 'README.md', heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)' };
const ENVELOPE_DOC = { file: 'README.md', heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)' };
const FUNDS_OPERATIONS = new Set([
  '/ibis/financial/funds-credit',
  '/ibis/financial/funds-debit',
  '/ibis/financial/card-to-card',
  '/ibis/financial/reversal',
  '/ibis/financial/retrieve',
]);
const MONEY_FIELDS = ['fee', 'balance', 'lastDepositAmount', 'ledgerBalance'];

/** The probe of the authentication faults: card/list sent without a token. */
const listWithoutToken = async (api: ProbeApi) =>
  outcome(await api.call('/ibis/card/list', { customerId: api.fixtures.customerId }, { token: null }));

export const ENVELOPE_FAULTS: Fault[] = [
  {
    name: 'auth-not-enforced',
    family: 'auth',
    description: 'requests without a token, or with a wrong one, are served as if authenticated',
    expected: ['auth\\.(no-token|wrong-token)\\..*'],
    doc: {
      ...AUTH_DOC,
      rule: 'Every other request sends the token in the x-connectfi-token header (a missing or wrong token: 401 unauthorized)',
    },
    authNotEnforced: true,
    probe: listWithoutToken,
  },
  {
    name: 'auth-403-for-bad-token',
    family: 'auth',
    description: 'a missing or wrong token is answered 403 forbidden instead of 401 unauthorized',
    expected: ['auth\\.(no-token|wrong-token)\\..*'],
    doc: { ...AUTH_DOC, rule: 'treat 401 with code unauthorized as the expected answer' },
    respond: (r) => {
      if (r.status !== 401 || r.operation === '/auth/get-token') return;
      return { ...r, status: 403, body: { ...r.body, code: 'forbidden', message: 'Forbidden' } };
    },
    probe: listWithoutToken,
  },
  {
    name: 'request-id-malformed',
    family: 'envelope',
    description: 'requestId is a dashed UUID (36 characters) instead of 32 lowercase hex characters',
    expected: ['envelope\\.(success|error)\\.shape'],
    doc: { ...ENVELOPE_DOC, rule: 'requestId is 32 lowercase hex characters in every example' },
    respond: (r) => {
      const id = r.body.requestId;
      if (typeof id !== 'string' || id.length !== 32) return;
      return {
        ...r,
        body: { ...r.body, requestId: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}` },
      };
    },
    probe: async (api) =>
      String(valueAt((await api.call('/ibis/card/list', { customerId: api.fixtures.customerId })).body, 'requestId')).length,
  },
  {
    name: 'request-id-missing-on-error',
    family: 'envelope',
    description: 'error answers (other than 401) carry no requestId',
    expected: ['envelope\\.error\\.shape'],
    doc: { ...ENVELOPE_DOC, rule: 'Errors: { "requestId", "code", "subCode"?, "context"?, "message"? }' },
    respond: (r) => {
      if (r.status < 400 || r.status === 401 || r.body.requestId === undefined) return;
      const { requestId: _dropped, ...rest } = r.body;
      return { ...r, body: rest };
    },
    probe: async (api) => {
      const body = (await api.call('/ibis/card/set-pin', { cFiCardId: 'icrd_probeUnknownCard0000000', pin: '1234' })).body;
      return isJsonObject(body) && 'requestId' in body;
    },
  },
  {
    name: 'balance-as-string',
    family: 'envelope',
    description: 'card/status answers its money fields (balance, fee, ...) as decimal strings ("25.50") instead of numbers',
    expected: ['envelope\\.ibis-card-status\\.success'],
    alsoRun: ['money\\.funds-credit\\.arithmetic'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Get the Status of a Card',
      rule: 'the documented 200 answer has "balance": 0 (a number), as the response schema says',
    },
    respond: (r) => {
      if (r.operation !== '/ibis/card/status' || r.status !== 200 || !isJsonObject(r.body.data)) return;
      const data = { ...r.body.data };
      for (const key of MONEY_FIELDS) {
        const value = data[key];
        if (typeof value === 'number') data[key] = value.toFixed(2);
      }
      return { ...r, body: { ...r.body, data } };
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B', balance: 25.5 });
      return typeof valueAt((await api.call('/ibis/card/status', { cFiCardId: card.cFiCardId })).body, 'data', 'balance');
    },
  },
  {
    name: 'funds-aggregator-id-missing',
    family: 'envelope',
    description: 'funds-transfer answers (credit, debit, card-to-card, reversal, retrieve) omit the required cFiAggregatorId',
    expected: ['envelope\\.ibis-financial-(funds-credit|funds-debit|card-to-card)\\.success'],
    alsoRun: ['money\\.(funds-credit|funds-debit|card-to-card)\\.arithmetic'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Push Funds to Card with /ibis',
      rule: 'the documented 200 answer carries "cFiAggregatorId" (required in the fundsTransfer response schema)',
    },
    respond: (r) => {
      if (!r.operation || !FUNDS_OPERATIONS.has(r.operation) || r.status !== 200) return;
      const strip = (item: unknown) => {
        if (!isJsonObject(item)) return item;
        const { cFiAggregatorId: _dropped, ...rest }: JsonObject = item;
        return rest;
      };
      const data = r.body.data;
      const stripped = isJsonArray(data) ? data.map(strip) : strip(data);
      return { ...r, body: { ...r.body, data: stripped } };
    },
    probe: async (api) => {
      const r = await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: activeCard(api), reference: 'probe1', amount: 5 });
      const data = valueAt(r.body, 'data');
      return isJsonObject(data) && 'cFiAggregatorId' in data;
    },
  },
  {
    name: 'http-200-on-error',
    family: 'envelope',
    description: 'business and validation errors are answered with HTTP 200 (the error body unchanged)',
    expected: ['envelope\\.error\\.shape'],
    doc: { ...ENVELOPE_DOC, rule: 'Common error codes (all HTTP 400); success: { "code": "0", "data", "requestId" }' },
    respond: (r) => (r.status === 400 ? { ...r, status: 200 } : undefined),
    probe: async (api) => outcome(await api.call('/ibis/card/set-pin', { cFiCardId: 'icrd_probeUnknownCard0000000', pin: '1234' })),
  },
];
