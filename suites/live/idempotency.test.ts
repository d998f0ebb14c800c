import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { documentedRequestBody } from '../../src/harness/sample-bodies.ts';
import { RULES, cardInStatus } from './support/flows.ts';
import {
  approvedApplication,
  balances,
  cardToCardBody,
  creditCardBody,
  expectReferenceExists,
  fundedCard,
  history,
  listedWithReference,
  must,
  usd,
  type Data,
} from './support/money-helpers.ts';
import { isNotPermitted, notPermittedForProgram } from './support/allowed-answers.ts';

// schemas/rules/idempotency.json: every reference-bearing write refuses a reused reference with
// 400 referenceExists { reference, entityId } (entityId = the FIRST entity), and "requests
// submitted with unique reference IDs will not be considered duplicates, even if there are other
// properties with identical values" (the "supports idempotency" paragraph of each operation).

const AMOUNT = 1234; // cents
const CONCURRENT = 8;

interface Prepared {
  /** The request carrying `reference`; `variant` 1 differs in a non-reference property (another amount, another source card...). */
  body(reference: string, variant?: number): Data;
  /** The id of the entity a success created. */
  entityId(data: Data): string;
  /** What a second request must not change: the entities listed under `reference`, or balances and history. */
  observe(reference: string): Data | Promise<Data>;
  /** Balances (cents) after `n` movements of the base body; absent for entity operations. */
  balancesAfter?(n: number): Record<string, number>;
  /** Sources the variant-0 body consumes: a reissue of one card cannot be repeated under a new reference. */
  newReferenceVariant: number;
}

interface Case {
  name: string;
  needs: FixtureName[];
  /** How the second request of new-reference differs, when more than the reference must. */
  newReferenceNote?: string;
  /** Async when it sets something up through the API first. */
  prepare(t: CheckContext): Prepared | Promise<Prepared>;
}

const PROFILE = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

/**
 * A card- or vAccount-creating write: its entity is the answer's `idField`, and its observable
 * effect the card/list entries under the reference.
 */
function listedEntity(t: CheckContext, idField: string, body: Prepared['body'], newReferenceVariant = 0): Prepared {
  return {
    body,
    entityId: (d) => d[idField],
    observe: async (reference) => ({ listed: (await listedWithReference(t, reference)).map((c) => c.cFiCardId) }),
    newReferenceVariant,
  };
}

/** A funds transfer's observable effects: balances, history lengths, and what retrieve finds under the reference. */
function moneyObserver(t: CheckContext, cards: string[]) {
  return async (reference: string): Promise<Data> => {
    const r = await t.client.call('/ibis/financial/retrieve', { reference });
    const retrieved = r.ok ? (r.data as Data[]).map((x) => x.cFiFundsId) : [];
    const lengths: Record<string, number> = {};
    for (const id of cards) lengths[id] = (await history(t, id)).length;
    return { balances: await balances(t, cards), historyLengths: lengths, retrieved };
  };
}

/** A push (funds-credit) or pull (funds-debit) on one card holding `startCents`: each moves its balance by `sign` × AMOUNT. */
function oneCardMovement(name: string, startCents: number, sign: 1 | -1): Case {
  return {
    name,
    needs: ['customerId', 'debitProgramId'],
    prepare: async (t) => {
      const card = await fundedCard(t, startCents);
      return {
        body: (reference, variant = 0) => ({
          cFiCardId: card.cFiCardId,
          reference,
          amount: (variant ? AMOUNT + 100 : AMOUNT) / 100,
          currency: 'USD',
          description: 'Both of these transactions will post.',
        }),
        entityId: (d) => d.cFiFundsId,
        observe: moneyObserver(t, [card.cFiCardId]),
        balancesAfter: (n) => ({ [card.cFiCardId]: startCents + sign * n * AMOUNT }),
        newReferenceVariant: 0,
      };
    },
  };
}

const CASES: Record<string, Case> = {
  '/ibis/account/add': {
    name: 'account-add',
    needs: ['customerId'],
    prepare: (t) =>
      listedEntity(t, 'cFiAccountId', (reference, variant = 0) => ({
        customerId: t.fixture('customerId'),
        reference,
        ...(variant ? { profile: { occupation: 'Engineer' } } : {}),
      })),
  },
  '/ibis/debit-card/add': {
    name: 'debit-card-add',
    needs: ['customerId', 'debitProgramId'],
    prepare: (t) =>
      listedEntity(t, 'cFiCardId', (reference, variant = 0) => ({
        customerId: t.fixture('customerId'),
        reference,
        cardProgramId: t.fixture('debitProgramId'),
        profile: variant ? { ...PROFILE, nameOnCard: 'JANE TESTMAN' } : PROFILE,
      })),
  },
  '/ibis/credit-card/add': {
    name: 'credit-card-add',
    needs: ['customerId', 'creditProgramId'],
    prepare: async (t) => {
      // One application approved for 2700 covers the at most two 500 cards a check issues
      // ("Two separate credit cards may be added ... if the customer's credit limit allows").
      const { applicationId } = await approvedApplication(t);
      return listedEntity(t, 'cFiCardId', (reference, variant = 0) => creditCardBody(t, reference, applicationId, variant ? 600 : 500));
    },
  },
  '/ibis/card/reissue': {
    name: 'reissue',
    needs: ['customerId', 'debitProgramId'],
    newReferenceNote:
      'a second card of the customer, reissued with the same type, reason and options (a card reissued with a new number is replaced)',
    prepare: async (t) => {
      // reissueType "3" (new card number): the only reissue whose reference is not ignored.
      // Variant 1 reissues a second card: one card reissued with a new number cannot be again.
      const cards = [await cardInStatus(t, 'B'), await cardInStatus(t, 'B')];
      const body: Prepared['body'] = (reference, variant = 0) => ({
        customerId: t.fixture('customerId'),
        cFiCardId: cards[variant].cFiCardId,
        reference,
        reissueType: '3',
        reasonCode: '3',
        cardShippingMethodId: '1',
        activateNewCard: 'N',
      });
      return listedEntity(t, 'cFiCardId', body, 1);
    },
  },
  '/ibis/financial/card-to-card': {
    name: 'card-to-card',
    needs: ['customerId', 'debitProgramId'],
    prepare: async (t) => {
      const from = await fundedCard(t, 100_00);
      const to = await fundedCard(t, 0);
      return {
        body: (reference, variant = 0) => cardToCardBody(reference, from.cFiCardId, to.cFiCardId, variant ? AMOUNT + 100 : AMOUNT),
        entityId: (d) => d.cFiFundsId,
        observe: moneyObserver(t, [from.cFiCardId, to.cFiCardId]),
        balancesAfter: (n) => ({ [from.cFiCardId]: 100_00 - n * AMOUNT, [to.cFiCardId]: n * AMOUNT }),
        newReferenceVariant: 0,
      };
    },
  },
  '/ibis/financial/funds-credit': oneCardMovement('funds-credit', 0, 1),
  '/ibis/financial/funds-debit': oneCardMovement('funds-debit', 100_00, -1),
  '/transfer-to/card/register': {
    name: 'card-register',
    needs: [],
    prepare: () => {
      // The documented 200 example's card data: "The same card can be registered multiple times."
      const documented = documentedRequestBody('transfer-to-card-register.200.page-registered') as Data;
      return {
        body: (reference, variant = 0) => ({
          ...documented,
          reference,
          owner: { ...documented.owner, name: { ...documented.owner.name, first: variant ? 'Jane' : 'John' } },
        }),
        entityId: (d) => d.cFiCardId,
        // No documented operation reads a registration back: only the answers are graded.
        observe: () => ({}),
        newReferenceVariant: 0,
      };
    },
  },
};

function meta(rule: (typeof RULES.idempotency.operations)[number], c: Case, kind: string, title: string) {
  const x = (rule as { 'x-doc'?: { file: string; heading: string } })['x-doc'];
  return {
    id: `idempotency.${c.name}.${kind}`,
    title: `${rule.operation}: ${title}`,
    family: 'idempotency',
    operation: rule.operation,
    docRef: x ?? null,
    needs: c.needs,
  };
}

/** "allowed reissue types are dependent on card program permissions": a refused type is not applicable here. */
function skipUnpermitted(t: CheckContext, op: string, body: Data, answers: { status: number; body: unknown }[]): void {
  if (op === '/ibis/card/reissue' && answers.length > 0 && answers.every(isNotPermitted))
    notPermittedForProgram(t, `reissue type ${String(body.reissueType)}`);
}

async function create(t: CheckContext, op: string, body: Data, what: string): Promise<Data> {
  const r = await t.client.call(op, body);
  skipUnpermitted(t, op, body, [r]);
  return must(r, `${op} (${what})`);
}

function expectBalances(t: CheckContext, p: Prepared, observed: Data, n: number): void {
  if (!p.balancesAfter) return;
  const expected = p.balancesAfter(n);
  t.expectation({ balancesInCents: expected }, { balancesInCents: observed.balances });
  expect(observed.balances).toEqual(expected);
}

for (const rule of RULES.idempotency.operations) {
  const c = CASES[rule.operation];
  if (!c)
    throw new Error(
      `no request builder for ${rule.operation} (schemas/rules/idempotency.json): add one to suites/live/idempotency.test.ts`,
    );
  const op = rule.operation;

  check(
    meta(
      rule,
      c,
      'duplicate',
      'the same request sent again is refused with referenceExists { reference, entityId of the first } and has no second effect',
    ),
    async (t) => {
      const p = await c.prepare(t);
      const reference = t.ref('dup');
      const first = await create(t, op, p.body(reference), 'first request');
      const id = p.entityId(first);
      t.log(`first request created ${id} (${reference})`);
      const before = await p.observe(reference);
      // A deliberate replay: its referenceExists is the answer graded, never one to recover.
      const again = await t.client.call(op, p.body(reference), { recover: false });
      t.log(`the same request again: HTTP ${again.status} ${JSON.stringify(again.body).slice(0, 200)}`);
      expectReferenceExists(t, again, reference, id);
      const after = await p.observe(reference);
      t.expectation({ effects: before }, { effects: after });
      expect(after).toEqual(before);
      if (after.listed) expect(after.listed).toEqual([id]);
      if (after.retrieved) expect(after.retrieved).toEqual([id]);
      expectBalances(t, p, after, 1);
    },
  );

  check(
    meta(rule, c, 'reused-reference', 'a reused reference with a different body is refused with referenceExists and has no effect'),
    async (t) => {
      const p = await c.prepare(t);
      const reference = t.ref('reu');
      const id = p.entityId(await create(t, op, p.body(reference), 'first request'));
      const before = await p.observe(reference);
      const other = await t.client.call(op, p.body(reference, 1), { recover: false });
      t.log(`same reference, different body: HTTP ${other.status} ${JSON.stringify(other.body).slice(0, 200)}`);
      expectReferenceExists(t, other, reference, id);
      const after = await p.observe(reference);
      t.expectation({ effects: before }, { effects: after });
      expect(after).toEqual(before);
      expectBalances(t, p, after, 1);
    },
  );

  check(
    meta(
      rule,
      c,
      'new-reference',
      `an otherwise identical request under a new reference is not a duplicate: it creates a second entity${c.newReferenceNote ? ` (${c.newReferenceNote})` : ''}`,
    ),
    async (t) => {
      const p = await c.prepare(t);
      const [ref1, ref2] = [t.ref('n1'), t.ref('n2')];
      const id1 = p.entityId(await create(t, op, p.body(ref1), 'first reference'));
      const second = await t.client.call(op, p.body(ref2, p.newReferenceVariant));
      t.log(`second reference ${ref2}: HTTP ${second.status} ${JSON.stringify(second.body).slice(0, 200)}`);
      t.expectation(
        { status: 200, code: '0', entityId: `an id other than ${id1}` },
        { status: second.status, code: (second.body as Data)?.code, entityId: second.ok ? p.entityId(second.data as Data) : undefined },
      );
      expect(second.ok).toBe(true);
      const id2 = p.entityId(second.data as Data);
      expect(id2).toEqual(expect.any(String));
      expect(id2).not.toBe(id1);
      const [o1, o2] = [await p.observe(ref1), await p.observe(ref2)];
      if (o1.listed) {
        t.expectation({ [ref1]: [id1], [ref2]: [id2] }, { [ref1]: o1.listed, [ref2]: o2.listed });
        expect([o1.listed, o2.listed]).toEqual([[id1], [id2]]);
      }
      if (o1.retrieved) expect([o1.retrieved, o2.retrieved]).toEqual([[id1], [id2]]);
      expectBalances(t, p, o2, 2);
    },
  );

  check(
    meta(
      rule,
      c,
      'concurrent',
      `${CONCURRENT} identical requests in parallel: exactly one creates, the others get referenceExists with the winner's id`,
    ),
    async (t) => {
      const p = await c.prepare(t);
      const reference = t.ref('cc');
      const results = await Promise.all(Array.from({ length: CONCURRENT }, () => t.client.call(op, p.body(reference))));
      skipUnpermitted(t, op, p.body(reference), results);
      // A request whose answer was lost on the network, replayed and recovered by reference (the
      // client's recovery: src/client/recovery.ts), answers with the winner's entity: it is the
      // same winner, not a second one (docs/ci.md, "Transport trouble").
      const idOf = (r: (typeof results)[number]) => (r.recovered ? r.recoveredEntityId : p.entityId(r.data as Data));
      const winners = results.filter((r) => r.ok && !r.recovered);
      const outcome = results.map((r) =>
        r.ok
          ? `200 ${idOf(r)}${r.recovered ? ' (recovered by reference after a lost answer)' : ''}`
          : `${r.status} ${(r.body as Data)?.code} ${JSON.stringify((r.body as Data)?.context ?? {})}`,
      );
      t.log(`${CONCURRENT} parallel requests with reference ${reference}: ${outcome.join('; ')}`);
      t.expectation({ winners: 1, referenceExists: CONCURRENT - 1 }, { answers: outcome });
      const created = new Set(results.filter((r) => r.ok).map(idOf));
      expect(winners.length).toBeLessThanOrEqual(1);
      expect([...created]).toHaveLength(1);
      const id = [...created][0]!;
      for (const r of results.filter((x) => !x.ok)) expectReferenceExists(t, r, reference, id);
      const after = await p.observe(reference);
      if (after.listed) expect(after.listed).toEqual([id]);
      if (after.retrieved) expect(after.retrieved).toEqual([id]);
      if (p.balancesAfter) t.log(`expected one movement of ${usd(AMOUNT)} USD`);
      expectBalances(t, p, after, 1);
    },
  );
}
