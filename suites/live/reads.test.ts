import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import type { FixtureName } from '../../src/harness/fixtures.ts';
import { DEBIT_DOC, REISSUE_DOC, expectOk, reissue } from './support/cards-helpers.ts';
import { DOC, cardToCardCents, fundedCard, must, pullCents, pushCents, type Data } from './support/money-helpers.ts';
import { cardInStatus } from './support/flows.ts';

// Every field a read returns about what was written, compared with what was written: a card's ids,
// program and holder profile (ibis-overview.txt, "Add a Debit Card with /ibis", "Get the Status of a
// Card", "Get a Card Holder Profile"; "3 - new card number with existing profile", "Reissue Codes"),
// and a transfer as retrieve returns it ("Retrieve a Transaction with /ibis"). Values are written at
// their documented maximum length, where a narrower column would cut them. A field a read may omit
// (errata response-field-variance) is compared when it is there.

const NEEDS: FixtureName[] = ['customerId', 'debitProgramId'];
/** common-commonStr50Req at its maximum: 50 characters. */
const OCCUPATION = 'Senior Conformance Test Engineer, Payments Platfor';

/** The fields of `read` that differ from `written`, among `keys`; a missing key counts only when `required`. */
function differences(written: Data, read: Data, keys: string[], required: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (written[k] === undefined) continue;
    if (read?.[k] === undefined && !required.includes(k)) continue;
    if (read?.[k] !== written[k]) out[k] = { written: written[k], read: read?.[k] };
  }
  return out;
}

function expectSame(t: CheckContext, what: string, written: Data, read: Data, keys: string[], required: string[] = []): void {
  const diff = differences(written, read, keys, required);
  t.log(`${what}: ${Object.keys(diff).length ? JSON.stringify(diff) : 'every field as written'}`);
  t.expectation({ [what]: 'as written' }, { [what]: diff });
  expect(diff, `${what}: the fields read back differ from what was written`).toEqual({});
}

async function read(t: CheckContext, operation: string, cFiCardId: string): Promise<Data> {
  return must(await t.client.call(operation, { cFiCardId }), operation);
}

const CARD_KEYS = ['cFiCardId', 'reference', 'customerId', 'cardProgramId', 'programType'];

check(
  {
    id: 'cards.reads.debit-card-add',
    title:
      'a debit card reads back as written: its ids, program and type in the add answer, card/status and cardholder-profile, its 50-character occupation in cardholder-profile',
    family: 'cards',
    operation: '/ibis/card/cardholder-profile',
    docRef: DEBIT_DOC,
    needs: NEEDS,
  },
  async (t) => {
    const written = {
      customerId: t.fixture('customerId'),
      reference: t.ref('rd'),
      cardProgramId: t.fixture('debitProgramId'),
      profile: { occupation: OCCUPATION, nameOnCard: 'JOHN TESTMAN' },
    };
    const r = await t.client.call('/ibis/debit-card/add', written);
    expectOk(t, r, 'debit-card/add');
    const added = r.data as Data;
    const card = { ...written, cFiCardId: added.cFiCardId, programType: 'debit', nameOnCard: written.profile.nameOnCard };
    expectSame(t, 'debit-card/add', card, added, [...CARD_KEYS, 'nameOnCard'], ['reference', 'customerId', 'cardProgramId']);
    expectSame(t, 'card/status', card, await read(t, '/ibis/card/status', card.cFiCardId), CARD_KEYS, ['cFiCardId', 'reference']);
    const profile = await read(t, '/ibis/card/cardholder-profile', card.cFiCardId);
    expectSame(t, 'cardholder-profile', { ...card, occupation: OCCUPATION }, profile, [...CARD_KEYS, 'occupation'], ['occupation']);
  },
);

check(
  {
    id: 'cards.reads.reissue-type-3',
    title:
      'a card reissued with a new number ("3 - new card number with existing profile") reads back with the old card\'s customer, program, type and occupation',
    family: 'cards',
    operation: '/ibis/card/reissue',
    docRef: REISSUE_DOC,
    needs: NEEDS,
  },
  async (t) => {
    const reference = t.ref('ro');
    must(
      await t.client.call('/ibis/debit-card/add', {
        customerId: t.fixture('customerId'),
        reference,
        cardProgramId: t.fixture('debitProgramId'),
        profile: { occupation: OCCUPATION, nameOnCard: 'JOHN TESTMAN' },
      }),
      'debit-card/add',
    );
    const old = must(await t.client.call('/ibis/card/status', { reference }), 'card/status');
    const oldProfile = await read(t, '/ibis/card/cardholder-profile', old.cFiCardId);
    const r = await reissue(t, { cFiCardId: old.cFiCardId, customerId: old.customerId }, '3');
    expectOk(t, r, 'reissue type 3');
    const reissued = r.data as Data;
    const keep = ['customerId', 'cardProgramId', 'programType'];
    expectSame(t, 'reissue', { ...oldProfile, reference: r.reference }, reissued, [...keep, 'reference'], ['customerId']);
    const profile = await read(t, '/ibis/card/cardholder-profile', reissued.cFiCardId);
    expectSame(t, 'cardholder-profile of the new card', oldProfile, profile, [...keep, 'occupation'], ['customerId', 'occupation']);
  },
);

/** The fields that name a transfer: what it was, on which cards, when; none of them changes after it was made. */
const TRANSFER_KEYS = [
  'cFiFundsId',
  'reference',
  'type',
  'cFiCardId',
  'cardFromId',
  'cardToId',
  'arn',
  'boTransId',
  'dtsCreatedAt',
  'cFiAggregatorId',
];

const KINDS: { kind: string; make: (t: CheckContext) => Promise<Data> }[] = [
  { kind: 'funds-credit', make: async (t) => pushCents(t, (await fundedCard(t, 0)).cFiCardId, 21_00) },
  { kind: 'funds-debit', make: async (t) => pullCents(t, (await fundedCard(t, 35_00)).cFiCardId, 15_00) },
  {
    kind: 'card-to-card',
    make: async (t) => cardToCardCents(t, (await fundedCard(t, 20_00)).cFiCardId, (await cardInStatus(t, 'B')).cFiCardId, 11_00),
  },
];

for (const k of KINDS) {
  check(
    {
      id: `retrieve.reads.${k.kind}`,
      title: `retrieve of a ${k.kind} answers the fields the transfer was answered with: ids, type, cards, arn, back-office id, creation time`,
      family: 'retrieve',
      operation: '/ibis/financial/retrieve',
      docRef: DOC.retrieve,
      needs: NEEDS,
    },
    async (t) => {
      const transfer = await k.make(t);
      const r = await t.client.call('/ibis/financial/retrieve', { cFiFundsId: transfer.cFiFundsId });
      expect(r.ok, 'retrieve of the transfer').toBe(true);
      const [found] = r.data as Data[];
      expectSame(t, 'retrieve', transfer, found, TRANSFER_KEYS, ['cFiFundsId', 'reference', 'type']);
    },
  );
}
