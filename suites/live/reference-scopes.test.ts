import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { RULES } from './support/flows.ts';
import { businessDebitBody, listCards, listedId, type ListedCard } from './support/cards-helpers.ts';
import { balances, cardToCardBody, expectReferenceExists, fundedCard, history, must, type Data } from './support/money-helpers.ts';

// The scope of a reference, as each "supports idempotency" paragraph states it: the operation "will
// not accept requests with duplicate reference IDs. Multiple requests using the same reference ID
// will result in an error indicating that the specified reference ID already exists in the connectFi
// system." No card or customer narrows it, so a reference used on one card (or for one customer) is
// refused on another with referenceExists naming the first entity, and the second request has no
// effect. Only the scope within one operation is graded: the docs state no scope across operations.

const AMOUNT = 1234; // cents

interface Scope {
  operation: string;
  /** The operation's name in the idempotency family's ids. */
  name: string;
  kind: string;
  title: string;
  needs: FixtureName[];
  /** Sets up the cards, and gives the two requests under one reference and what the second must not change. */
  prepare(t: CheckContext): Prepared | Promise<Prepared>;
}

/** Two requests under one reference that differ in the card or customer they name. */
interface Prepared {
  first(reference: string): Data;
  second(reference: string): Data;
  entityId(data: Data): string;
  /** The state the refused second request must leave as it was. */
  observe(reference: string): Promise<unknown>;
}

const MONEY: FixtureName[] = ['customerId', 'debitProgramId'];

/** What a refused money movement must leave: the balances and history lengths of `cards`. */
const moneyState = (t: CheckContext, cards: string[]) => async () => {
  const lengths: Record<string, number> = {};
  for (const id of cards) lengths[id] = (await history(t, id)).length;
  return { balances: await balances(t, cards), historyLengths: lengths };
};

function movement(cFiCardId: string, reference: string): Data {
  return { cFiCardId, reference, amount: AMOUNT / 100, currency: 'USD', description: 'reference scope' };
}

/** The customer's cards and vAccounts carrying `reference` (card/list). */
async function listedUnder(t: CheckContext, customerId: string, reference: string): Promise<(string | undefined)[]> {
  const r = await listCards(t, customerId);
  return r.items.filter((c: ListedCard) => c.reference === reference).map(listedId);
}

const SCOPES: Scope[] = [
  ...(['/ibis/financial/funds-credit', '/ibis/financial/funds-debit'] as const).map((operation): Scope => ({
    operation,
    name: operation.split('/').pop()!,
    kind: 'reused-on-other-card',
    title: 'a reference used on one card, reused on another card',
    needs: MONEY,
    prepare: async (t) => {
      const funds = operation.endsWith('debit') ? 50_00 : 0;
      const [x, y] = [(await fundedCard(t, funds)).cFiCardId, (await fundedCard(t, funds)).cFiCardId];
      return {
        first: (reference) => movement(x, reference),
        second: (reference) => movement(y, reference),
        entityId: (d) => d.cFiFundsId,
        observe: moneyState(t, [x, y]),
      };
    },
  })),
  {
    operation: '/ibis/financial/card-to-card',
    name: 'card-to-card',
    kind: 'reused-between-other-cards',
    title: 'a reference used between two cards, reused between two other cards',
    needs: MONEY,
    prepare: async (t) => {
      const cards = [];
      for (const funds of [50_00, 0, 50_00, 0]) cards.push((await fundedCard(t, funds)).cFiCardId);
      const [a, b, c, d] = cards;
      return {
        first: (reference) => cardToCardBody(reference, a, b, AMOUNT),
        second: (reference) => cardToCardBody(reference, c, d, AMOUNT),
        entityId: (data) => data.cFiFundsId,
        observe: moneyState(t, cards),
      };
    },
  },
  {
    operation: '/ibis/debit-card/add',
    name: 'debit-card-add',
    kind: 'reused-for-another-customer',
    title: "a reference of an individual's debit card, reused for a business customer's debit card",
    needs: ['customerId', 'debitProgramId', 'businessCustomerId', 'businessRepresentativeId'],
    prepare: (t) => ({
      first: (reference) => ({
        customerId: t.fixture('customerId'),
        reference,
        cardProgramId: t.fixture('debitProgramId'),
        profile: { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' },
      }),
      second: (reference) => businessDebitBody(t, 'representative', { reference }),
      entityId: (d) => d.cFiCardId,
      observe: async (reference) => ({ business: await listedUnder(t, t.fixture('businessCustomerId'), reference) }),
    }),
  },
  {
    operation: '/ibis/account/add',
    name: 'account-add',
    kind: 'reused-for-another-customer',
    title: "a reference of an individual's vAccount, reused for a business customer's vAccount",
    needs: ['customerId', 'businessCustomerId', 'businessRepresentativeId'],
    prepare: (t) => ({
      first: (reference) => ({ customerId: t.fixture('customerId'), reference }),
      second: (reference) => ({
        customerId: t.fixture('businessCustomerId'),
        reference,
        profile: { accountHolderType: 'representative', accountHolderId: t.fixture('businessRepresentativeId') },
      }),
      entityId: (d) => d.cFiAccountId,
      observe: async (reference) => ({ business: await listedUnder(t, t.fixture('businessCustomerId'), reference) }),
    }),
  },
];

for (const scope of SCOPES) {
  const rule = RULES.idempotency.operations.find((o) => o.operation === scope.operation)!;
  const doc = (rule as { 'x-doc': { file: string; heading: string } })['x-doc'];
  check(
    {
      id: `idempotency.${scope.name}.${scope.kind}`,
      title: `${scope.operation}: ${scope.title} is refused with referenceExists { reference, entityId of the first } and has no effect`,
      family: 'idempotency',
      operation: scope.operation,
      docRef: { file: doc.file, heading: doc.heading },
      needs: scope.needs,
    },
    async (t) => {
      const s = await scope.prepare(t);
      const reference = t.ref('sc');
      const first = must(await t.client.call(scope.operation, s.first(reference)), `${scope.operation} (first request)`);
      const id = s.entityId(first);
      t.log(`first request created ${id} (${reference})`);
      const before = await s.observe(reference);
      const second = await t.client.call(scope.operation, s.second(reference));
      t.log(`the same reference elsewhere: HTTP ${second.status} ${JSON.stringify(second.body).slice(0, 200)}`);
      expectReferenceExists(t, second, reference, id);
      const after = await s.observe(reference);
      t.expectation({ unchanged: before }, { after });
      expect(after).toEqual(before);
    },
  );
}
