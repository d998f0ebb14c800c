import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { RULES, addAccount, cardInStatus, cardStatus, expectError, issueDebitCard, type CheckFields } from './support/flows.ts';
import {
  BUSINESS_NEEDS,
  HOLDERS,
  NEEDS,
  REISSUE_DOC,
  SYNC_DOC,
  businessDebitBody,
  expectOk,
  idOf,
  listCards,
  listedId,
  reissue,
  type HolderKind,
} from './support/cards-helpers.ts';
import { STATUS_TABLE, expectRefusalEnvelope, unknownId, expectUnknownCard } from './support/status-helpers.ts';

// Cards and accounts, continued: reissue types 1-3 (ibis-overview.txt, "Reissue a Card") and
// sync-profile (ibis-card-sync-profile.txt, "Sync Card Profile"). Family "cards".

/** The metadata the checks of each operation share. */
const REISSUING: CheckFields = { family: 'cards', operation: '/ibis/card/reissue', docRef: REISSUE_DOC, needs: NEEDS };
const SYNCING: CheckFields = { family: 'cards', operation: '/ibis/card/sync-profile', docRef: SYNC_DOC, needs: NEEDS };

/** An active card, reissued (`extra` added to the request); the reissue must succeed. */
async function reissuedActiveCard(t: CheckContext, type: '1' | '2' | '3', extra: Record<string, unknown> = {}) {
  const card = await cardInStatus(t, 'B');
  const r = await reissue(t, card, type, extra);
  expectOk(t, r, 'reissue');
  return { card, r };
}

// ---- reissue ----------------------------------------------------------------------------------------
for (const [type, row] of Object.entries(RULES.reissue.reissueTypes as Record<string, { description: string; newCardId: boolean }>)) {
  const t3 = type as '1' | '2' | '3';
  check(
    {
      id: `cards.reissue.type-${type}`,
      title: `reissue type ${type} (${row.description}) returns ${row.newCardId ? 'a new cFiCardId' : 'the same cFiCardId'}`,
      ...REISSUING,
    },
    async (t) => {
      // "cFiCardId ... new only if card was reissued with a new number"; "newCardReferenceId ...
      // present if card was reissued with a new number".
      const { card, r } = await reissuedActiveCard(t, t3);
      if (row.newCardId) {
        expect(idOf(r)).not.toBe(card.cFiCardId);
        expect(r.data).toMatchObject({ newCardReferenceId: expect.any(String), reference: r.reference });
        expect(await cardStatus(t, idOf(r)), 'the new card can be read').toEqual(expect.any(String));
      } else {
        expect(idOf(r)).toBe(card.cFiCardId);
        expect(await cardStatus(t, card.cFiCardId), 'the card keeps its status').toBe('B');
      }
    },
  );
  if (!row.newCardId) {
    check(
      {
        id: `cards.reissue.type-${type}.reference-ignored`,
        title: `reissue type ${type} ignores its reference: an existing reference is accepted`,
        ...REISSUING,
      },
      async (t) => {
        // "reference ... ignored unless card is reissued with a new card number"
        const card = await cardInStatus(t, 'B');
        const r = await reissue(t, card, t3, { reference: card.reference });
        expectOk(t, r, 'reissue with an existing reference');
        expect(idOf(r)).toBe(card.cFiCardId);
      },
    );
  }
}

for (const [activateNewCard, expected] of [
  ['N', 'A'],
  ['Y', STATUS_TABLE.activation.to],
] as const) {
  check(
    {
      id: `cards.reissue.type-3.activate-new-card-${activateNewCard}`,
      title: `reissue type 3 with activateNewCard "${activateNewCard}" leaves the new card in ${expected}`,
      ...REISSUING,
      intent: 'state',
    },
    async (t) => {
      // "activateNewCard: If "Y", the new card will be activated upon reissue, "N" is default"
      const { r } = await reissuedActiveCard(t, '3', { activateNewCard });
      expect(await cardStatus(t, idOf(r))).toBe(expected);
    },
  );
}

check(
  {
    id: 'cards.reissue.type-3.listed',
    title: 'the card of a type 3 reissue appears in card/list',
    ...REISSUING,
  },
  async (t) => {
    const { card, r } = await reissuedActiveCard(t, '3');
    expect((await listCards(t, card.customerId)).items.map(listedId)).toContain(idOf(r));
  },
);

check(
  {
    id: 'cards.reissue.type-3.old-card-inactive',
    title: 'after a type 3 reissue the old card is no longer active: closed (F) (errata reissue-new-card-effects, simulator only)',
    ...REISSUING,
    intent: 'state',
  },
  async (t) => {
    if (t.kind !== 'simulator')
      t.notApplicable("errata reissue-new-card-effects: the old card's status is graded only against the simulator");
    const { card } = await reissuedActiveCard(t, '3');
    const old = await cardStatus(t, card.cFiCardId);
    t.expectation({ oldCardStatus: 'F' }, { oldCardStatus: old });
    expect(old).toBe('F');
  },
);

check(
  {
    id: 'cards.reissue.unknown-card',
    title: 'reissue of a card id that does not exist is cardNotFound',
    ...REISSUING,
    needs: ['customerId'],
  },
  async (t) => {
    const cFiCardId = unknownId('icrd', t);
    const r = await reissue(t, { cFiCardId, customerId: t.fixture('customerId') }, '1', {}, ['1']);
    expectError(t, r, 'cardNotFound', { cFiCardId });
  },
);

// ---- sync-profile ---------------------------------------------------------------------------------------
check(
  {
    id: 'cards.sync-profile.individual',
    title: "sync-profile of an individual's card with cardHolderId = customerId answers the card",
    ...SYNCING,
  },
  async (t) => {
    const card = await issueDebitCard(t);
    const r = await t.client.call('/ibis/card/sync-profile', {
      customerId: card.customerId,
      cFiCardId: card.cFiCardId,
      profile: { cardHolderId: card.customerId, cardHolderType: 'individual' },
    });
    expectOk(t, r, 'sync-profile');
    expect(r.data).toMatchObject({ cFiCardId: card.cFiCardId, customerId: card.customerId, reference: card.reference });
  },
);

check(
  {
    id: 'cards.sync-profile.without-profile',
    title: "sync-profile of an individual's card without a profile (optional) answers the card",
    ...SYNCING,
  },
  async (t) => {
    const card = await issueDebitCard(t);
    const r = await t.client.call('/ibis/card/sync-profile', { customerId: card.customerId, cFiCardId: card.cFiCardId });
    expectOk(t, r, 'sync-profile');
    expect(r.data).toMatchObject({ cFiCardId: card.cFiCardId });
  },
);

for (const kind of Object.keys(HOLDERS) as HolderKind[]) {
  check(
    {
      id: `cards.sync-profile.business-${kind}`,
      title: `sync-profile of a business card held by its ${kind} answers the card`,
      ...SYNCING,
      needs: BUSINESS_NEEDS(kind),
    },
    async (t) => {
      const body = businessDebitBody(t, kind);
      const added = await t.client.call('/ibis/debit-card/add', body);
      if (!added.ok) throw new Error(`precondition failed: business debit-card/add answered HTTP ${added.status}`);
      const r = await t.client.call('/ibis/card/sync-profile', {
        customerId: body.customerId,
        cFiCardId: idOf(added),
        profile: { cardHolderId: t.fixture(HOLDERS[kind].fixture), cardHolderType: HOLDERS[kind].cardHolderType },
      });
      expectOk(t, r, 'sync-profile');
      expect(r.data).toMatchObject({ cFiCardId: idOf(added), customerId: body.customerId });
    },
  );
}

check(
  {
    id: 'cards.sync-profile.vaccount',
    title: 'sync-profile accepts a vAccount id (documented by its business example, errata vaccount-id-accepted)',
    ...SYNCING,
    needs: ['customerId'],
  },
  async (t) => {
    const { cFiAccountId } = await addAccount(t);
    const r = await t.client.call('/ibis/card/sync-profile', { customerId: t.fixture('customerId'), cFiCardId: cFiAccountId });
    expectOk(t, r, 'sync-profile');
    expect(r.data).toMatchObject({ cFiCardId: cFiAccountId });
  },
);

check(
  {
    id: 'cards.sync-profile.unknown-card',
    title: 'sync-profile of a card id that does not exist is cardNotFound',
    ...SYNCING,
    needs: ['customerId'],
  },
  (t) => expectUnknownCard(t, '/ibis/card/sync-profile', { customerId: t.fixture('customerId') }),
);

check(
  {
    id: 'cards.sync-profile.holder-mismatch',
    title: 'sync-profile of an individual\'s card with another cardHolderId is refused ("Must match customerId")',
    ...SYNCING,
    needs: [...NEEDS, 'businessEmployeeId'],
  },
  async (t) => {
    const card = await issueDebitCard(t);
    // With and without the cardHolderType (optional, "nullable for individual customers").
    for (const profile of [
      { cardHolderId: t.fixture('businessEmployeeId'), cardHolderType: 'individual' },
      { cardHolderId: t.fixture('businessEmployeeId') },
    ]) {
      const r = await t.client.call('/ibis/card/sync-profile', { customerId: card.customerId, cFiCardId: card.cFiCardId, profile });
      expectRefusalEnvelope(t, r, 'business-holder-required');
    }
  },
);

/** A business debit card held by its representative, for the holder check of sync-profile. */
async function representativeCard(t: CheckContext): Promise<{ customerId: string; cFiCardId: string }> {
  const body = businessDebitBody(t, 'representative');
  const added = await t.client.call('/ibis/debit-card/add', body);
  if (!added.ok) throw new Error(`precondition failed: business debit-card/add answered HTTP ${added.status}`);
  return { customerId: String(body.customerId), cFiCardId: idOf(added) };
}

check(
  {
    id: 'cards.sync-profile.business-without-holder-id',
    title:
      'sync-profile of a business card whose profile has a cardHolderType but no cardHolderId is refused ("required for business card holders only")',
    ...SYNCING,
    needs: BUSINESS_NEEDS('representative'),
  },
  async (t) => {
    const card = await representativeCard(t);
    const r = await t.client.call('/ibis/card/sync-profile', { ...card, profile: { cardHolderType: 'representative' } });
    expectRefusalEnvelope(t, r, 'business-holder-required');
  },
);
