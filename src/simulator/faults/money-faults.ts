import { randomBytes } from 'node:crypto';
import { toAmount, toCents } from '../money.ts';
import { money } from '../rules.ts';
import { isJsonObject, valueAt } from '../../util/json-object.ts';
import { during, outcome } from './during.ts';
import { onCard } from './on-record.ts';
import { answeredAs } from './rewrites.ts';
import type { SeedCardOptions } from '../state.ts';
import type { Fault, ProbeApi } from './types.ts';
import { activeCard, cardToCard, debitCardBody, moveFunds, outcomeOnCard } from './probes.ts';
import { patched, wrapEach } from './wrap-each.ts';

/**
 * Faults of the idempotency, money and lifecycle families (schemas/rules/idempotency.json and
 * money.json, transcribed from ibis-overview.txt). Rule-table faults patch money.json (as rules.ts
 * loaded it) for the one handler call.
 */

const DEBIT_DOC = { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis' };
const PUSH_DOC = { file: 'ibis-overview.txt', heading: 'Push Funds to Card with /ibis' };
const PULL_DOC = { file: 'ibis-overview.txt', heading: 'Pull Funds from Card with /ibis' };
const C2C_DOC = { file: 'ibis-overview.txt', heading: 'Card to Card Transactions with /ibis' };
const PULLS = ['/ibis/financial/funds-debit', '/ibis/financial/card-to-card'] as const;
const MONEY_MOVES = ['/ibis/financial/funds-credit', ...PULLS] as const;
/** The undocumented overdraft line of overdraft-allowed, and the fee of card-to-card-fee-charged, in cents. */
const OVERDRAFT_CENTS = 1000_00n;
const FEE_CENTS = 1_00n;

const balanceOf = (api: ProbeApi, id: string) => api.state.card(id)?.balance;
/** The outcome of a funds-debit of `amount` dollars from a card seeded as `seed`. */
const pullOutcome = (api: ProbeApi, seed: SeedCardOptions, reference: string, amount: number) =>
  outcomeOnCard(api, '/ibis/financial/funds-debit', seed, { reference, amount, currency: 'USD' });

export const MONEY_FAULTS: Fault[] = [
  {
    name: 'duplicate-reference-accepted',
    family: 'idempotency',
    description: 'debit-card/add with a reference already used creates a second card instead of referenceExists',
    expected: ['idempotency\\.debit-card-add\\.(duplicate|reused-reference|concurrent)'],
    doc: {
      ...DEBIT_DOC,
      rule: 'a reused reference → 400 referenceExists { reference, entityId of the first entity }, and no second entity',
    },
    handlers: {
      '/ibis/debit-card/add': (next) => (ctx, body) => {
        ctx.store.references.card.delete(body.reference);
        return next(ctx, body);
      },
    },
    probe: async (api) => {
      const card = api.state.seedCard({ reference: 'probeRef1' });
      return outcome(await api.call('/ibis/debit-card/add', debitCardBody(card.customerId, card.programId, 'probeRef1')));
    },
  },
  {
    name: 'duplicate-moves-money-again',
    family: 'idempotency',
    description: 'a funds-credit with a reused reference answers referenceExists, but pushes the amount again',
    expected: ['idempotency\\.funds-credit\\.(duplicate|reused-reference|concurrent)'],
    doc: { ...PUSH_DOC, rule: 'a reused reference → referenceExists, and no second money movement ("supports idempotency")' },
    handlers: {
      '/ibis/financial/funds-credit': onCard((card, call, ctx, body) => {
        if (card && ctx.store.referenceOwner('funds', body.reference) !== undefined) ctx.store.push(card, toCents(body.amount));
        return call();
      }),
    },
    probe: async (api) => {
      const body = { cFiCardId: activeCard(api), reference: 'probeRef2', amount: 5 };
      await moveFunds(api, '/ibis/financial/funds-credit', body);
      await moveFunds(api, '/ibis/financial/funds-credit', body);
      return balanceOf(api, body.cFiCardId);
    },
  },
  {
    name: 'reference-exists-wrong-entity',
    family: 'idempotency',
    description: "referenceExists names a new id in context.entityId instead of the first entity's",
    expected: ['idempotency\\.[a-z-]+\\.(duplicate|reused-reference)'],
    doc: {
      file: 'README.md',
      heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)',
      rule: "referenceExists (context { reference, entityId }), entityId being the first entity's id",
    },
    respond: (r) => {
      const context = r.body.code === 'referenceExists' ? r.body.context : undefined;
      if (!isJsonObject(context) || typeof context.entityId !== 'string') return;
      const prefix = /^[a-z]+_/.exec(context.entityId)?.[0] ?? '';
      return { ...r, body: { ...r.body, context: { ...context, entityId: `${prefix}${randomBytes(11).toString('hex')}` } } };
    },
    probe: async (api) => {
      const card = api.state.seedCard({ reference: 'probeRef3' });
      const r = await api.call('/ibis/debit-card/add', debitCardBody(card.customerId, card.programId, 'probeRef3'));
      return valueAt(r.body, 'context', 'entityId') === card.cFiCardId;
    },
  },
  {
    name: 'pull-from-pre-active',
    family: 'money',
    description: 'funds-debit and card-to-card pull from a pre-active card (A) that holds funds',
    expected: ['money\\.pull\\.(funds-debit|card-to-card)\\.status-A', 'money\\.credit\\.pre-active-pull'],
    doc: {
      ...PULL_DOC,
      rule: '"funds cannot be pulled from a debit card unless the card status code is "B" (ON)" (extIbis PA for a pre-active card)',
    },
    handlers: wrapEach(PULLS, patched(money.pull, { allowedStatuses: [...money.pull.allowedStatuses, 'A'] })),
    probe: (api) => pullOutcome(api, { status: 'A', balance: 40 }, 'probeRef4', 10),
  },
  {
    name: 'overdraft-allowed',
    family: 'money',
    description: 'funds-debit from an active debit card may overdraw it by up to 1000.00 instead of extIbis 51',
    expected: ['money\\.insufficient\\.funds-debit\\..*'],
    doc: { ...PULL_DOC, rule: 'funds can be pulled only "if funds are available"; insufficient funds → extIbis 51' },
    handlers: {
      '/ibis/financial/funds-debit': onCard((card, call) =>
        !card || card.programType === 'credit' ? call() : during(card, { creditLimit: card.creditLimit + OVERDRAFT_CENTS }, () => call()),
      ),
    },
    probe: (api) => pullOutcome(api, { status: 'B', balance: 10 }, 'probeRef5', 20),
  },
  {
    name: 'non-usd-accepted',
    family: 'money',
    description: 'funds-credit, funds-debit and card-to-card accept EUR besides USD',
    expected: ['money\\.currency\\.(funds-credit|funds-debit|card-to-card)\\.EUR'],
    doc: { ...PUSH_DOC, rule: '"Currently, only "USD" currency is supported." (ibisFundsCurrency)' },
    handlers: wrapEach(MONEY_MOVES, patched(money.currencies, { supported: [...money.currencies.supported, 'EUR'] })),
    probe: (api) =>
      outcomeOnCard(api, '/ibis/financial/funds-credit', { status: 'B' }, { reference: 'probeRef6', amount: 5, currency: 'EUR' }),
  },
  {
    name: 'credit-balance-as-available',
    family: 'money',
    description: 'card/status of a credit card reports the available funds as its balance (a new card with limit 500 shows 500)',
    expected: ['money\\.credit\\.(new-card-balance|pull-to-limit|documented-example|push-repays)'],
    doc: { ...DEBIT_DOC, rule: '"For credit cards "balance" = available funds - credit limit"' },
    handlers: {
      '/ibis/card/status': answeredAs((data: Record<string, unknown>, ctx) => {
        const card = ctx.store.cards.get(String(data.cFiCardId));
        if (card?.programType !== 'credit') return data;
        const available = toAmount(ctx.store.available(card));
        return { ...data, balance: available, ledgerBalance: available };
      }),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B', programType: 'credit', creditLimit: 500 });
      return valueAt((await api.call('/ibis/card/status', { cFiCardId: card.cFiCardId })).body, 'data', 'balance');
    },
  },
  {
    name: 'card-to-card-fee-charged',
    family: 'money',
    description: 'card-to-card takes an undocumented 1.00 fee from the from card after the transfer',
    expected: ['money\\.card-to-card\\.(arithmetic|to-pre-active)'],
    doc: {
      ...C2C_DOC,
      rule: 'the from card is debited and the to card credited by exactly the amount ("balances move by exactly the amount")',
    },
    handlers: {
      '/ibis/financial/card-to-card': (next) => (ctx, body) => {
        const data = next(ctx, body);
        const from = ctx.store.cards.get(body.cardFromId);
        if (from) ctx.store.pull(from, FEE_CENTS);
        return data;
      },
    },
    probe: async (api) => {
      const from = activeCard(api, 50);
      await cardToCard(api, from, activeCard(api), 10, 'probeRef7');
      return balanceOf(api, from);
    },
  },
  {
    name: 'reactivation-zeroes-balance',
    family: 'money',
    description: 'activating a card that was inactive (I) or blocked (S) empties its balance',
    expected: ['money\\.balance-kept\\.activate-from-[IS]'],
    doc: {
      file: 'ibis-overview.txt',
      heading: 'Activate a Card',
      rule: '"A successful request will activate the card" (from A, S (OFF) or I): it turns the card on; only transfers move its funds',
    },
    handlers: {
      '/ibis/card/activate': onCard((card, call, ctx) => {
        const reactivated = card?.status === 'I' || card?.status === 'S';
        const data = call();
        if (card && reactivated && card.balance > 0n) ctx.store.pull(card, card.balance);
        return data;
      }),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'S', balance: 30 });
      await api.call('/ibis/card/activate', { cFiCardId: card.cFiCardId });
      return balanceOf(api, card.cFiCardId);
    },
  },
];
