import { valueAt } from '../../util/json-object.ts';
import { ruleError } from '../api-error.ts';
import type { Handler } from '../handlers/index.ts';
import { toAmount, toCents } from '../money.ts';
import type { CardRecord } from '../types.ts';
import type { SimulatorStore } from '../store.ts';
import { during, outcome } from './during.ts';
import { activeCard, cardToCard, debitCardBody, moveFunds, outcomeOnCard } from './probes.ts';
import { onCard } from './on-record.ts';
import { answeredAs } from './rewrites.ts';
import type { Fault } from './types.ts';
import { wrapEach } from './wrap-each.ts';

/**
 * Faults modelled on how real payment providers break, for money, idempotency and reversals:
 * writes answered with an error, races on a check-and-insert or a balance, float money, reads
 * served by a lagging replica. Each names the rule it breaks (ibis-overview.txt) and a story.
 */

const PUSH_DOC = { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis' };
const PULL_DOC = { file: 'ibis-overview.txt', heading: 'Pull Funds from Card with /ibis' };
const DEBIT_DOC = { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis' };
const REVERSAL_DOC = { file: 'ibis-overview.txt', heading: 'Reverse a Transaction with /ibis' };
const MONEY_MOVES = ['/ibis/financial/funds-credit', '/ibis/financial/funds-debit', '/ibis/financial/card-to-card'] as const;
type MoneyMove = (typeof MONEY_MOVES)[number];
/** How long the faulty providers below take to make a write visible (their race window). */
const LAG_MS = 1500;

/** Per simulator instance: what a fault remembers between calls. */
const memo = <T>() => {
  const all = new WeakMap<SimulatorStore, Map<string, T>>();
  return (store: SimulatorStore) => {
    let m = all.get(store);
    if (!m) all.set(store, (m = new Map<string, T>()));
    return m;
  };
};

const recentPulls = memo<{ at: number; cents: bigint }[]>();
const lastMove = memo<{ at: number; before: bigint }>();
const claimedAt = memo<number>();
const effectiveStatus = new WeakMap<CardRecord, CardRecord['status']>();

/** The cards a money movement names: cFiCardId (funds-credit, funds-debit) or cardFromId and cardToId (card-to-card). */
interface MovedCards {
  cFiCardId?: string;
  cardFromId?: string;
  cardToId?: string;
}

const cardsOf = (store: SimulatorStore, body: MovedCards) =>
  [body.cFiCardId, body.cardFromId, body.cardToId]
    .map((id) => (id ? store.cards.get(id) : undefined))
    .filter((c): c is CardRecord => c !== undefined);

/** The card a push credits, and the card a pull debits. */
const pushedCard = (store: SimulatorStore, body: MovedCards) => store.cards.get(body.cFiCardId ?? body.cardToId ?? '');
const pulledCard = (store: SimulatorStore, body: MovedCards) => store.cards.get(body.cFiCardId ?? body.cardFromId ?? '');

export const PROVIDER_MONEY_FAULTS: Fault[] = [
  {
    // Not a 500: an undocumented 5xx is transport trouble the suite never grades (docs/ci.md,
    // "Transport trouble"); a documented refusal after the effect is the provider's own answer.
    name: 'push-applied-answered-error',
    family: 'money',
    description: 'funds-credit adds the amount to the card, then answers extIbis 96 (system malfunction)',
    story: 'the ledger commits the push, then the notification step throws and the API reports a failure that did not happen',
    doc: { ...PUSH_DOC, rule: 'a successful push answers 200 { code: "0", data } with the new balance' },
    expected: ['money\\.push\\.status-[ABIS]'],
    respond: (r) =>
      r.operation === '/ibis/financial/funds-credit' && r.status === 200
        ? { ...r, status: 400, body: { requestId: r.body.requestId, code: 'extIbis', subCode: '96', message: 'System malfunction' } }
        : undefined,
    probe: async (api) => {
      const card = activeCard(api);
      const r = await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: card, reference: 'probeP1', amount: 5 });
      return [r.status, api.state.card(card)?.balance];
    },
  },
  {
    name: 'reversal-applied-answered-error',
    family: 'reversal',
    description: 'a card-to-card reversal moves the money back, then answers extIbis 96 (system malfunction)',
    story:
      "the reversal posts to the ledger but the card network's acknowledgement times out, so the API reports a failure that did not happen",
    doc: { ...REVERSAL_DOC, rule: 'a reversal of a card-to-card answers 200 with the reversal' },
    expected: ['reversal\\.card-to-card\\.(full|explicit-full-amount|partial)'],
    respond: (r) =>
      r.operation === '/ibis/financial/reversal' && r.status === 200
        ? { ...r, status: 400, body: { requestId: r.body.requestId, code: 'extIbis', subCode: '96', message: 'System malfunction' } }
        : undefined,
    probe: async (api) => {
      const cFiFundsId = await cardToCard(api, activeCard(api, 50), activeCard(api), 20, 'probeP2');
      return outcome(await api.call('/ibis/financial/reversal', { cFiFundsId }));
    },
  },
  {
    name: 'duplicate-reference-race',
    family: 'idempotency',
    description: `debit-card/add with a reference first used less than ${LAG_MS} ms ago creates a second card`,
    story: 'the unique index on reference is filled by an asynchronous job, so a duplicate sent at the same moment slips through',
    doc: { ...DEBIT_DOC, rule: 'concurrent requests with one reference: exactly one card, the others referenceExists' },
    expected: ['idempotency\\.debit-card-add\\.concurrent'],
    handlers: {
      '/ibis/debit-card/add': (next) => (ctx, body) => {
        const claims = claimedAt(ctx.store);
        const first = claims.get(body.reference);
        if (first !== undefined && ctx.store.now().getTime() - first < LAG_MS) ctx.store.references.card.delete(body.reference);
        const data = next(ctx, body);
        if (first === undefined) claims.set(body.reference, ctx.store.now().getTime());
        return data;
      },
    },
    probe: async (api) => {
      const body = debitCardBody(api.fixtures.customerId, api.fixtures.debitProgramId, 'probeP3');
      await api.call('/ibis/debit-card/add', body);
      return outcome(await api.call('/ibis/debit-card/add', body));
    },
  },
  {
    name: 'concurrent-pulls-overdraw',
    family: 'money',
    description: `funds-debit checks the funds against the balance before the pulls of the last ${LAG_MS} ms, so two pulls at once overdraw the card`,
    story: 'two pulls arrive together, both read the balance before either is posted, and both are approved',
    doc: { ...PULL_DOC, rule: 'funds can be pulled only "if funds are available"; insufficient funds → extIbis 51' },
    expected: ['money\\.pull\\.concurrent'],
    handlers: {
      '/ibis/financial/funds-debit': onCard((card, call, ctx, body) => {
        if (!card) return call();
        const now = ctx.store.now().getTime();
        const recent = (recentPulls(ctx.store).get(card.cFiCardId) ?? []).filter((p) => now - p.at < LAG_MS);
        const pending = recent.reduce((sum, p) => sum + p.cents, 0n);
        const data = during(card, { creditLimit: card.creditLimit + pending }, () => call());
        recentPulls(ctx.store).set(card.cFiCardId, [...recent, { at: now, cents: toCents(body.amount) }]);
        return data;
      }),
    },
    probe: async (api) => {
      const card = activeCard(api, 10);
      for (const reference of ['probeP4a', 'probeP4b'])
        await moveFunds(api, '/ibis/financial/funds-debit', { cFiCardId: card, reference, amount: 6 });
      return api.state.card(card)?.balance;
    },
  },
  {
    name: 'amount-truncated-to-cent',
    family: 'money',
    description: 'money movements convert the amount to cents with a float multiply and truncation: 0.29 moves 0.28',
    story: 'the ledger computes Math.trunc(amount * 100), and 0.29 * 100 is 28.999999999999996 in binary floating point',
    doc: { ...PUSH_DOC, rule: 'balances move by exactly the amount (at most 2 decimals)' },
    expected: ['money\\.(card-to-card|funds-credit|funds-debit)\\.arithmetic'],
    handlers: wrapEach(
      MONEY_MOVES,
      <Q extends MoneyMove>(next: Handler<Q>): Handler<Q> =>
        (ctx, body) =>
          next(ctx, typeof body.amount === 'number' ? { ...body, amount: Math.trunc(body.amount * 100) / 100 } : body),
    ),
    probe: async (api) => {
      const card = activeCard(api);
      await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: card, reference: 'probeP5', amount: 0.29 });
      return api.state.card(card)?.balance;
    },
  },
  {
    name: 'balance-read-lags',
    family: 'money',
    description: `card/status answers the balance from before the last money movement for ${LAG_MS} ms after it`,
    story: 'reads are served by a replica that lags a second or two behind the ledger',
    doc: { file: 'ibis-overview.txt', heading: 'Get the Status of a Card', rule: "card/status answers the card's balance" },
    expected: ['money\\.(card-to-card|funds-credit|funds-debit)\\.arithmetic', 'money\\.push\\.status-[ABIS]'],
    handlers: {
      ...wrapEach(MONEY_MOVES, <Q extends MoneyMove>(next: Handler<Q>): Handler<Q> => (ctx, body) => {
        const cards = cardsOf(ctx.store, body);
        const before = cards.map((c) => c.balance);
        const data = next(ctx, body);
        cards.forEach((c, i) => lastMove(ctx.store).set(c.cFiCardId, { at: ctx.store.now().getTime(), before: before[i] }));
        return data;
      }),
      '/ibis/card/status': answeredAs((data: Record<string, unknown>, ctx) => {
        const move = lastMove(ctx.store).get(String(data.cFiCardId));
        if (!move || ctx.store.now().getTime() - move.at >= LAG_MS) return data;
        return { ...data, balance: toAmount(move.before), ledgerBalance: toAmount(move.before) };
      }),
    },
    probe: async (api) => {
      const card = activeCard(api);
      await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: card, reference: 'probeP6', amount: 5 });
      return valueAt((await api.call('/ibis/card/status', { cFiCardId: card })).body, 'data', 'balance');
    },
  },
  {
    name: 'push-answers-old-balance',
    family: 'money',
    description: 'funds-credit answers the balance from before the push (the card itself is right)',
    story: 'the answer is built from the card read taken before the write',
    doc: { ...PUSH_DOC, rule: "the 200 answer's balance is the card's balance after the push" },
    expected: ['money\\.funds-credit\\.arithmetic'],
    handlers: {
      '/ibis/financial/funds-credit': onCard((card, call) => {
        const before = card?.balance;
        const data = call() as Record<string, unknown>;
        return before === undefined ? data : { ...data, balance: toAmount(before) };
      }),
    },
    probe: async (api) => {
      const r = await moveFunds(api, '/ibis/financial/funds-credit', { cFiCardId: activeCard(api), reference: 'probeP7', amount: 5 });
      return valueAt(r.body, 'data', 'balance');
    },
  },
  {
    name: 'pre-active-push-refused',
    family: 'money',
    description: 'funds-credit and card-to-card to a pre-active card (A) are refused with extIbis PA',
    story: 'one "card must be active" guard is shared by every money path, so the documented top-up before activation is refused',
    doc: { ...PUSH_DOC, rule: '"You can, however, transfer funds to a pre-active card"' },
    expected: ['money\\.push\\.status-A', 'money\\.card-to-card\\.to-pre-active'],
    handlers: wrapEach(
      ['/ibis/financial/funds-credit', '/ibis/financial/card-to-card'],
      <Q extends MoneyMove>(next: Handler<Q>): Handler<Q> =>
        (ctx, body) => {
          if (pushedCard(ctx.store, body)?.status !== 'A') return next(ctx, body);
          throw ruleError('extIbis.PA.preActive', ctx.operation, {}, ctx.store.extContext());
        },
    ),
    probe: (api) =>
      outcomeOnCard(api, '/ibis/financial/funds-credit', { status: 'A' }, { reference: 'probeP8', amount: 5, currency: 'USD' }),
  },
  {
    name: 'blocked-card-still-pulls',
    family: 'money',
    description: 'set-status S on an active card answers 200 and card/status reads S, but pulls are still paid as if it were B',
    story: 'the status is written to the card profile, but the authorisation system keeps its cached copy of the old status',
    doc: { ...PULL_DOC, rule: 'funds cannot be pulled unless the card status is B; an S card is refused (extIbis SA)' },
    expected: ['money\\.pull\\.after-block'],
    handlers: {
      '/ibis/card/set-status': onCard((card, call, _ctx, body) => {
        const before = card?.status;
        const data = call();
        if (card && before === 'B' && body.statusCode === 'S' && !effectiveStatus.has(card)) effectiveStatus.set(card, before);
        return data;
      }),
      ...wrapEach(
        ['/ibis/financial/funds-debit', '/ibis/financial/card-to-card'],
        <Q extends MoneyMove>(next: Handler<Q>): Handler<Q> =>
          (ctx, body) => {
            const card = pulledCard(ctx.store, body);
            const old = card ? effectiveStatus.get(card) : undefined;
            return card && old && card.status === 'S' ? during(card, { status: old }, () => next(ctx, body)) : next(ctx, body);
          },
      ),
    },
    probe: async (api) => {
      const card = activeCard(api, 40);
      await api.call('/ibis/card/set-status', { cFiCardId: card, statusCode: 'S' });
      return outcome(await moveFunds(api, '/ibis/financial/funds-debit', { cFiCardId: card, reference: 'probeP9', amount: 10 }));
    },
  },
];
