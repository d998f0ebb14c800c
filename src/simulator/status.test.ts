import { describe, expect, it } from 'vitest';
import { cardStatusRules as cardStatus, errorRules as errors } from '../api/index.ts';
import { debitCard, harness, type Harness } from './testing/harness.ts';

// The rule tables transcribed from ibis-overview.txt, "Set the Status of a Card" ("Ibis Card
// Status Codes" and "Allowed Status Changes"): the cases are generated from them.
type Status = 'A' | 'B' | 'I' | 'S' | 'F';
const STATUSES: Status[] = cardStatus.statuses.map((s) => s.code);
const allowed = cardStatus.transitions.allowed as Record<Status, Status[]>;

/** "99*************4286": first 2 digits, 13 stars, last 4 (the documented messages). */
const masked = (pan: string) => `${pan.slice(0, 2)}${'*'.repeat(13)}${pan.slice(-4)}`;

/** A new card brought to `status` through the API (A is the initial status; A → B, I, S, F are allowed). */
async function cardIn(h: Harness, status: Status): Promise<{ id: string; pan: string }> {
  const card = await debitCard(h);
  if (status !== 'A') await h.ok('/ibis/card/set-status', { cFiCardId: card.cFiCardId, statusCode: status });
  return { id: card.cFiCardId, pan: card.newCardNumber.number };
}

function expectedMessage(errorId: string, operation: string, vars: Record<string, string>): string | undefined {
  const e = errors.get(errorId);
  const template = e?.messages?.[operation] ?? e?.message;
  return template?.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);
}

const transitionCases = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));

describe('set-status follows "Allowed Status Changes" (5 × 5)', () => {
  it.each(transitionCases)('status.transition.%s-%s', async (from, to) => {
    const h = await harness();
    const { id, pan } = await cardIn(h, from);
    const res = await h.call('/ibis/card/set-status', { cFiCardId: id, statusCode: to });
    const after = (await h.ok('/ibis/card/status', { cFiCardId: id })).status.code;
    if (to === 'A') {
      // "You may not set a card to this status value through this endpoint": a schema enum error.
      expect(res.body).toMatchObject({ code: 'requestValidateError', context: [{ instancePath: '/statusCode', keyword: 'enum' }] });
      expect(after).toBe(from);
    } else if (allowed[from].includes(to)) {
      expect(res.status).toBe(200);
      expect(res.body.data.status.code).toBe(to);
      expect(after).toBe(to);
    } else {
      const refusal: string = cardStatus.transitions.refusal[from] ?? cardStatus.transitions.refusal.default;
      const e = errors.get(refusal);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: e?.code, subCode: e?.subCode, context: { transId: expect.stringMatching(/^F\d+$/), fee: 0 } });
      expect(res.body.message).toBe(expectedMessage(refusal, '/ibis/card/set-status', { maskedPan: masked(pan), statusCode: to }));
      expect(after).toBe(from);
    }
  });

  it('words the documented S → I refusal exactly', async () => {
    const h = await harness();
    const { id, pan } = await cardIn(h, 'S');
    const res = await h.call('/ibis/card/set-status', { cFiCardId: id, statusCode: 'I' });
    expect(res.body.message).toBe(`Changing card status from existing status to status (I) is not allowed for card (${masked(pan)})`);
  });
});

const permissionTable = cardStatus.permissions.operations as Record<string, Record<Status, true | string>>;
const permissionCases = Object.entries(permissionTable).flatMap(([operation, row]) =>
  STATUSES.map((s) => [operation, s, row[s]] as [string, Status, true | string]),
);

describe('per-status permissions ("Ibis Card Status Codes")', () => {
  it.each(permissionCases)('%s on a card in %s → %s', async (operation, status, verdict) => {
    const h = await harness();
    const { id, pan } = await cardIn(h, status);
    if (operation === '/ibis/card/check-pin' && status === 'B') await h.ok('/ibis/card/set-pin', { cFiCardId: id, pin: '1234' });
    const body: Record<string, unknown> = { cFiCardId: id };
    if (operation.endsWith('-pin')) body.pin = '1234';
    if (operation === '/ibis/card/set-status') body.statusCode = status === 'F' ? 'B' : allowed[status][0];
    const res = await h.call(operation, body);
    if (verdict === true) {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      if (operation === '/ibis/card/activate')
        expect((await h.ok('/ibis/card/status', { cFiCardId: id })).status.code).toBe(cardStatus.activation.to);
      return;
    }
    const e = errors.get(verdict);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: e?.code, subCode: e?.subCode });
    const message = expectedMessage(verdict, operation, { maskedPan: masked(pan) });
    if (message && !message.includes('{')) expect(res.body.message).toBe(message);
    expect((await h.ok('/ibis/card/status', { cFiCardId: id })).status.code).toBe(status);
  });

  it('refuses the cardholder profile of a closed card as documented ({ fee, lastDepositAmount } context)', async () => {
    const h = await harness();
    const { id } = await cardIn(h, 'F');
    const res = await h.call('/ibis/card/cardholder-profile', { cFiCardId: id });
    expect(res.body).toMatchObject({
      code: 'extIbis',
      subCode: 'SD',
      context: { fee: 0, lastDepositAmount: 0 },
      message: 'Get Cardholder Profile Decline (Closed Card)',
    });
  });

  it('activate: documented messages for B (97) and F (SD)', async () => {
    const h = await harness();
    const b = await cardIn(h, 'B');
    expect((await h.call('/ibis/card/activate', { cFiCardId: b.id })).body).toMatchObject({
      subCode: '97',
      message: 'Activate Debit Card Decline (Card is already active)',
    });
    const f = await cardIn(h, 'F');
    expect((await h.call('/ibis/card/activate', { cFiCardId: f.id })).body).toMatchObject({
      subCode: 'SD',
      message: 'Activate Debit Card Decline (Closed Card)',
    });
  });

  it('activate: cardExpDate must be a real MMYY (ibisCardExpirationFormat; errata activate-card-exp-date)', async () => {
    const h = await harness();
    const { id } = await cardIn(h, 'A');
    expect((await h.call('/ibis/card/activate', { cFiCardId: id, attributes: { cardExpDate: '1326' } })).body.code).toBe(
      'ibisCardExpirationFormat',
    );
    expect((await h.call('/ibis/card/activate', { cFiCardId: id, attributes: { cardExpDate: '12/26' } })).body.code).toBe(
      'requestValidateError',
    );
    expect((await h.call('/ibis/card/activate', { cFiCardId: id, attributes: { cardExpDate: null } })).status).toBe(200);
  });
});
