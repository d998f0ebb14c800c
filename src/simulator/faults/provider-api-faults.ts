import { isJsonArray, isJsonObject, valueAt } from '../../util/json-object.ts';
import { toCents } from '../money.ts';
import type { Handler } from '../handlers/index.ts';
import type { CardRecord } from '../types.ts';
import { during, outcome } from './during.ts';
import { activeCard, cardToCard } from './probes.ts';
import { onCard, onTransfer } from './on-record.ts';
import { answeredAs, servedAs } from './rewrites.ts';
import type { Fault, ProbeApi } from './types.ts';
import { wrapEach } from './wrap-each.ts';

/**
 * Faults modelled on how real payment providers break, for paging, dates, envelopes, tokens,
 * PIN locks, id lookups and reversals: each names the rule it breaks and a one-line story.
 */

const HISTORY_DOC = { file: 'ibis-overview.txt', heading: 'Transaction History Inquiry with /ibis' };
const REVERSAL_DOC = { file: 'ibis-overview.txt', heading: 'Reverse a Transaction with /ibis' };
const ENVELOPE_DOC = { file: 'README.md', heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)' };
const HISTORY = '/ibis/inquiry/transaction-history';
/** Operations that look a card up by cFiCardId. */
const BY_CARD_ID = [
  '/ibis/card/status',
  '/ibis/card/cardholder-profile',
  '/ibis/card/activate',
  '/ibis/card/set-status',
  '/ibis/card/set-pin',
  '/ibis/card/check-pin',
  '/ibis/financial/funds-credit',
  '/ibis/financial/funds-debit',
  HISTORY,
] as const;

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

/** An active card with three seeded pushes today. */
function cardWithPushes(api: ProbeApi, n = 3) {
  const card = activeCard(api);
  for (let i = 1; i <= n; i += 1) api.state.seedTransfer({ type: 'credit', amount: i, cFiCardId: card });
  return card;
}
const historyLength = async (api: ProbeApi, body: Record<string, unknown>) =>
  valueAt((await api.call(HISTORY, body)).body, 'data', 'transactions', 'length');

/** A card-to-card of 20.00 between two active cards, reversed through `body`. */
async function reversed(api: ProbeApi, body: Record<string, unknown> = {}) {
  const from = activeCard(api, 50);
  const to = activeCard(api);
  const c2cId = await cardToCard(api, from, to, 20, 'probeQ1');
  await api.call('/ibis/financial/reversal', { cFiFundsId: c2cId, ...body });
  return { from: api.state.card(from)?.balance, to: api.state.card(to)?.balance, toId: to, c2c: c2cId };
}

/** When each card's PIN was last set, and the PIN it replaced (pin-set-applied-late). */
const pinWrites = new WeakMap<CardRecord, { at: number; old: string | undefined }>();
const PIN_LAG_MS = 1500;

/** The first requestId the faulty provider minted, reused ever after. */
let cachedRequestId: string | undefined;

export const PROVIDER_API_FAULTS: Fault[] = [
  {
    name: 'history-drops-last-page',
    family: 'history',
    description: 'transaction-history answers an empty list for the last page when it is not full',
    story: 'the pager stops when fewer rows than the page size remain, so the tail of every history is lost',
    doc: { ...HISTORY_DOC, rule: 'numberOfRecords and skipRecords page the history' },
    expected: ['history\\.paging\\.partition'],
    handlers: {
      [HISTORY]: answeredAs((data: { transactions: unknown[] }, _ctx, body) => {
        const full = body.numberOfRecords == null || data.transactions.length >= body.numberOfRecords;
        return (body.skipRecords ?? 0) > 0 && !full ? { ...data, transactions: [] } : data;
      }),
    },
    probe: async (api) => historyLength(api, { cFiCardId: cardWithPushes(api), numberOfRecords: 2, skipRecords: 2 }),
  },
  {
    name: 'history-page-overlap',
    family: 'history',
    description: 'skipRecords skips one row too few: each page repeats the last row of the one before',
    story: 'an off-by-one in the OFFSET computed from a 1-based page index',
    doc: { ...HISTORY_DOC, rule: 'skipRecords: the number of records to skip' },
    expected: ['history\\.paging\\.(skip-records|partition)'],
    handlers: {
      [HISTORY]: servedAs((body) => {
        const skip = body.skipRecords ?? 0;
        return skip > 0 ? { ...body, skipRecords: skip - 1 } : body;
      }),
    },
    probe: async (api) => {
      const card = cardWithPushes(api);
      return valueAt(
        (await api.call(HISTORY, { cFiCardId: card, numberOfRecords: 1, skipRecords: 1 })).body,
        'data',
        'transactions',
        0,
        'amount',
      );
    },
  },
  {
    name: 'history-date-to-exclusive',
    family: 'history',
    description: "dateTo is exclusive: a range ending today leaves out today's transactions",
    story: "dateTo is turned into a timestamp at the start of the day (midnight) in the provider's time zone, not the end of it",
    doc: { ...HISTORY_DOC, rule: 'dateFrom and dateTo (days) bound the transactions returned, both days included' },
    expected: ['history\\.date-range\\.today'],
    handlers: {
      [HISTORY]: servedAs((body) => {
        if (typeof body.dateTo !== 'string' || (typeof body.dateFrom === 'string' && body.dateFrom > body.dateTo)) return body;
        // The range ends where its last day starts: a one-day range looks at the day before.
        const dateTo = dayBefore(body.dateTo);
        return { ...body, dateTo, ...(typeof body.dateFrom === 'string' && body.dateFrom > dateTo ? { dateFrom: dateTo } : {}) };
      }),
    },
    probe: async (api) => historyLength(api, { cFiCardId: cardWithPushes(api), dateFrom: today(), dateTo: today() }),
  },
  {
    name: 'reversal-restores-from-only',
    family: 'reversal',
    description: 'a card-to-card reversal credits the from card back but leaves the to card credited',
    story: 'the reversal is booked as a new credit to the sender; the debit leg to the receiver is queued and never posted',
    doc: { ...REVERSAL_DOC, rule: 'a reversal moves the amount back: both balances are restored' },
    expected: ['reversal\\.card-to-card\\.(full|explicit-full-amount|partial)'],
    handlers: {
      '/ibis/financial/reversal': (next) => (ctx, body) => {
        const to = ctx.store.cards.get(ctx.store.transfers.get(body.cFiFundsId)?.cardToId ?? '');
        const before = to?.balance;
        const data = next(ctx, body);
        if (to && before !== undefined && to.balance < before) ctx.store.push(to, before - to.balance);
        return data;
      },
    },
    probe: async (api) => (await reversed(api)).to,
  },
  {
    name: 'reversal-repeatable',
    family: 'reversal',
    description: 'a card-to-card that was reversed in full can be reversed again, moving the money back twice',
    story: 'a client retries a reversal after a timeout and the provider does not remember the first one',
    doc: { ...REVERSAL_DOC, rule: 'the reversal amount cannot exceed what is left of the original amount' },
    expected: ['reversal\\.card-to-card\\.twice'],
    handlers: {
      '/ibis/financial/reversal': onTransfer((transfer, call) =>
        transfer?.reversal ? during(transfer, { reversal: undefined }, () => call()) : call(),
      ),
    },
    probe: async (api) => {
      const { c2c, toId } = await reversed(api);
      api.state.seedTransfer({ type: 'credit', amount: 30, cFiCardId: toId });
      return outcome(await api.call('/ibis/financial/reversal', { cFiFundsId: c2c }));
    },
  },
  {
    name: 'partial-reversal-reverses-all',
    family: 'reversal',
    description: 'a partial reversal (amount below the original) moves the whole original amount back',
    story: 'the reversal amount field is dropped on the way to the card network, which reverses in full',
    doc: { ...REVERSAL_DOC, rule: 'amount: "the amount to reverse" (partial reversals), at most the original amount' },
    expected: ['reversal\\.card-to-card\\.partial'],
    handlers: { '/ibis/financial/reversal': servedAs((body) => ({ ...body, amount: undefined })) },
    probe: async (api) => (await reversed(api, { amount: 5 })).from,
  },
  {
    name: 'validation-errors-at-root',
    family: 'validation',
    description: 'requestValidateError reports every error at instancePath "" (the right keyword, the wrong place)',
    story: 'a gateway re-validates the body and reports its errors against the root, losing the field',
    doc: { ...ENVELOPE_DOC, rule: 'requestValidateError context: the Ajv errors, each with its instancePath' },
    expected: ['validation\\.documented\\..*', 'validation\\.(max-length|exclusive-minimum|amount-precision|not-only-whitespace)\\..*'],
    respond: (r) => {
      const context = r.body.context;
      if (r.body.code !== 'requestValidateError' || !isJsonArray(context)) return;
      return { ...r, body: { ...r.body, context: context.map((e) => (isJsonObject(e) ? { ...e, instancePath: '' } : e)) } };
    },
    probe: async (api) =>
      valueAt(
        (await api.call('/ibis/card/set-pin', { cFiCardId: 'icrd_probeUnknownCard0000000', pin: '12345' })).body,
        'context',
        0,
        'instancePath',
      ),
  },
  {
    name: 'validation-answered-422',
    family: 'validation',
    description: 'a body that fails the schema is answered HTTP 422 (requestValidateError body) instead of 400',
    story: "the web framework's default status for a failed body schema is 422 Unprocessable Entity",
    doc: { ...ENVELOPE_DOC, rule: 'requestValidateError, like every common error, is HTTP 400' },
    expected: ['validation\\.documented\\..*'],
    respond: (r) => (r.body.code === 'requestValidateError' ? { ...r, status: 422 } : undefined),
    probe: async (api) => outcome(await api.call('/ibis/card/set-pin', { cFiCardId: 'icrd_probeUnknownCard0000000', pin: '12345' })),
  },
  {
    name: 'request-id-reused',
    family: 'envelope',
    description: 'every answer carries the same requestId',
    story: 'the requestId is generated once per process (a module-level constant) instead of once per request',
    doc: { ...ENVELOPE_DOC, rule: 'requestId identifies the request (32 hex characters), one per answer' },
    expected: ['envelope\\.request-id\\.unique'],
    respond: (r) => {
      if (typeof r.body.requestId !== 'string') return;
      cachedRequestId ??= r.body.requestId;
      return { ...r, body: { ...r.body, requestId: cachedRequestId } };
    },
    probe: async (api) => {
      const a = await api.call('/ibis/card/list', { customerId: api.fixtures.customerId });
      const b = await api.call('/ibis/card/list', { customerId: api.fixtures.customerId });
      return valueAt(a.body, 'requestId') === valueAt(b.body, 'requestId');
    },
  },
  {
    name: 'token-expires-at-once',
    family: 'auth',
    description: 'get-token answers a dtsExpireAt that is already past',
    story: 'the expiry is computed in local time and labelled Z, so clients east of the server see an expired token',
    doc: {
      file: 'README.md',
      heading: 'Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)',
      rule: 'get-token answers { token, dtsExpireAt }: when the token stops working',
    },
    expected: ['auth\\.get-token\\.valid-credentials'],
    respond: (r) => {
      const data = r.body.data;
      if (r.operation !== '/auth/get-token' || r.status !== 200 || !isJsonObject(data)) return;
      return { ...r, body: { ...r.body, data: { ...data, dtsExpireAt: new Date(Date.now() - 3_600_000).toISOString() } } };
    },
    probe: async (api) => {
      const expireAt = valueAt((await api.call('/auth/get-token', { user: api.credentials })).body, 'data', 'dtsExpireAt');
      return Date.parse(typeof expireAt === 'string' ? expireAt : '') < Date.now();
    },
  },
  {
    name: 'pin-set-applied-late',
    family: 'pin',
    description: `set-pin answers 200, but check-pin keeps using the previous PIN for ${PIN_LAG_MS} ms`,
    story: 'the PIN is written to the HSM by a queue, so a check right after set-pin still sees the old PIN (or none)',
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Check a Card PIN with /ibis',
      rule: '"The PIN must be set using /ibis/card/set-pin before an /ibis/card/check-pin request can succeed": once set, it checks',
    },
    expected: ['pin\\.set-then-check'],
    handlers: {
      '/ibis/card/set-pin': onCard((card, call, ctx) => {
        const old = card?.pin;
        const data = call();
        if (card) pinWrites.set(card, { at: ctx.store.now().getTime(), old });
        return data;
      }),
      '/ibis/card/check-pin': onCard((card, call, ctx) => {
        const write = card ? pinWrites.get(card) : undefined;
        if (!card || !write || ctx.store.now().getTime() - write.at >= PIN_LAG_MS) return call();
        return during(card, { pin: write.old }, () => call());
      }),
    },
    probe: async (api) => {
      const card = activeCard(api);
      await api.call('/ibis/card/set-pin', { cFiCardId: card, pin: '4321' });
      return outcome(await api.call('/ibis/card/check-pin', { cFiCardId: card, pin: '4321' }));
    },
  },
  {
    name: 'card-id-case-insensitive',
    family: 'cards',
    description: 'card lookups ignore the case of cFiCardId: an upper-cased id answers for the card',
    story: 'the card table has a case-insensitive collation, so ids that differ in case find the same card',
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Get the Status of a Card',
      rule: 'a cFiCardId that names no card is refused (cardNotFound)',
    },
    expected: ['cards\\.status\\.id-other-case'],
    handlers: wrapEach(BY_CARD_ID, <Q extends (typeof BY_CARD_ID)[number]>(next: Handler<Q>): Handler<Q> => (ctx, body) => {
      const id = valueAt(body, 'cFiCardId');
      if (typeof id !== 'string' || ctx.store.cards.has(id)) return next(ctx, body);
      const match = [...ctx.store.cards.keys()].find((k) => k.toLowerCase() === id.toLowerCase());
      return next(ctx, match ? { ...body, cFiCardId: match } : body);
    }),
    probe: async (api) => {
      const card = activeCard(api);
      return outcome(
        await api.call('/ibis/card/status', { cFiCardId: card.replace(/_(.*)$/, (_m, rest: string) => `_${rest.toUpperCase()}`) }),
      );
    },
  },
  {
    name: 'reversal-amount-over-original',
    family: 'reversal',
    description: 'a reversal may ask for more than the original amount; the extra is taken from the to card',
    story: 'the amount check compares against the card balance instead of the original transfer',
    doc: { ...REVERSAL_DOC, rule: 'the reversal amount cannot exceed the original amount' },
    expected: ['reversal\\.card-to-card\\.over-amount'],
    handlers: {
      '/ibis/financial/reversal': onTransfer((transfer, call, _ctx, body) => {
        if (!transfer || body.amount == null || toCents(body.amount) <= transfer.amount) return call();
        return during(transfer, { amount: toCents(body.amount) }, () => call());
      }),
    },
    probe: async (api) => {
      const cFiFundsId = await cardToCard(api, activeCard(api, 50), activeCard(api, 30), 10, 'probeQ2');
      return outcome(await api.call('/ibis/financial/reversal', { cFiFundsId, amount: 15 }));
    },
  },
];
