import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { loadExamples } from '../../src/api/examples.ts';
import { expectValidationError } from './support/status-helpers.ts';

// transfer-to-card-register.txt, "Register Card": two request schemas, one with the encrypted
// `card`, one with `clearCard` (each additionalProperties: false, so a body matches exactly one);
// "The same card can be registered multiple times" under new references.
const REGISTER = '/transfer-to/card/register';
const DOC = { file: 'transfer-to-card-register.txt', heading: 'Register Card' };

// The documented request body ("Request Body"): its encrypted card and owner, with a fresh reference.
const documented = loadExamples().find((e) => e.name === 'transfer-to-card-register.request.page-request-body');
if (!documented) throw new Error('schemas/examples/transfer-to-card-register.json has no page-request-body example');
const { card: CARD, owner: OWNER } = documented.request.body as {
  card: { encryptedData: string; keyId: string };
  owner: Record<string, unknown>;
};
// The docs give the clearCard fields (accountNumber, expirationDate: common-commonStr50Req) but no
// example value: a test PAN and the YYYYMM shape of the response's cardExpirationDate.
const CLEAR_CARD = { accountNumber: '4111111111111111', expirationDate: '203012' };

const bodies = {
  card: (t: CheckContext) => ({ reference: t.ref('rg'), card: CARD, owner: OWNER }),
  clearCard: (t: CheckContext) => ({ reference: t.ref('rg'), clearCard: CLEAR_CARD, owner: OWNER }),
};

interface Registered {
  cFiCardId: string;
  reference: string;
  dtsRegistered: string;
}

async function register(t: CheckContext, body: Record<string, unknown>): Promise<Registered> {
  const r = await t.client.call(REGISTER, body);
  t.log(
    `register ${'card' in body ? 'card' : 'clearCard'} (${String(body.reference)}): HTTP ${r.status} ${r.ok ? (r.data as Registered).cFiCardId : (r.error?.code ?? '')}`,
  );
  t.expectation({ status: 200, code: '0', reference: body.reference }, { status: r.status, body: r.body });
  expect(r.ok).toBe(true);
  const d = r.data as Registered;
  expect(d).toMatchObject({ cFiCardId: expect.any(String), reference: body.reference });
  expect(Number.isNaN(Date.parse(d.dtsRegistered)), 'dtsRegistered is a date-time').toBe(false);
  return d;
}

for (const kind of ['card', 'clearCard'] as const) {
  const label = kind === 'card' ? 'card' : 'clear-card';
  check(
    {
      id: `register.${label}`,
      title: `register with ${kind === 'card' ? 'the encrypted card (schema 1)' : 'clearCard (schema 2)'} returns a registration with the reference`,
      family: 'register',
      operation: REGISTER,
      docRef: DOC,
    },
    async (t) => {
      await register(t, bodies[kind](t));
    },
  );

  check(
    {
      id: `register.${label}.same-card-new-reference`,
      title: `the same ${kind} registered again under a new reference is a second registration`,
      family: 'register',
      operation: REGISTER,
      docRef: DOC,
    },
    async (t) => {
      // "If both of these requests are processed, there will be two separate registrations with two
      // separate reference IDs for the same external card."
      const first = await register(t, bodies[kind](t));
      const second = await register(t, bodies[kind](t));
      expect(second.reference).not.toBe(first.reference);
      expect(second.cFiCardId, 'two separate registrations').not.toBe(first.cFiCardId);
    },
  );
}

const REFUSED: [string, string, (t: CheckContext) => Record<string, unknown>][] = [
  ['card-and-clear-card', 'both card and clearCard', (t) => ({ ...bodies.card(t), clearCard: CLEAR_CARD })],
  ['neither-card', 'neither card nor clearCard', (t) => ({ reference: t.ref('rg'), owner: OWNER })],
  ['without-owner', 'a card but no owner', (t) => ({ reference: t.ref('rg'), card: CARD })],
];
for (const [label, what, body] of REFUSED) {
  check(
    {
      id: `register.${label}`,
      title: `register with ${what} is requestValidateError (matches neither schema)`,
      family: 'register',
      operation: REGISTER,
      docRef: DOC,
    },
    async (t) => {
      const b = body(t);
      expectValidationError(t, await t.client.call(REGISTER, b), REGISTER, b);
    },
  );
}

// Errata register-clear-card-values: expirationDate is free text and the docs do not say how
// cardLast4 and cardExpirationDate ("202512", "9990" in the 200 example) come from clearCard. The
// simulator's proposal (the last four digits of accountNumber; MMYY, MM/YY, MMYYYY or YYYYMM read
// as YYYYMM, anything else a YYYYMM of its own) is graded against the simulator only.
const CLEAR_CARD_VALUES: [string, string, string | RegExp, string | RegExp][] = [
  ['4111111111111111', '1230', '1111', '203012'],
  ['4111 1111 1111 1234', '12/30', '1234', '203012'],
  ['5678', '122030', '5678', '203012'],
  ['4111111111111111', '122012', '1111', '201212'],
  ['4111111111111111', '2030-12', '1111', '203012'],
  ['12', '20301', /^\d{4}$/, /^\d{4}(0[1-9]|1[0-2])$/],
  ['4111111111111111', 'soon', '1111', /^\d{4}(0[1-9]|1[0-2])$/],
  ['4111111111111111', 'n/a', '1111', /^\d{4}(0[1-9]|1[0-2])$/],
  ['4111111111111111', '12/2030/1', '1111', /^\d{4}(0[1-9]|1[0-2])$/],
  ...['later', 'tbd'].map((expirationDate): [string, string, string, RegExp] => [
    '4111111111111111',
    expirationDate,
    '1111',
    /^\d{4}(0[1-9]|1[0-2])$/,
  ]),
];

/** A stand-in expiration date (YYYYMM) is one to five years ahead of this year (the proposal). */
function expectFutureStandIn(t: CheckContext, cardExpirationDate: string | undefined): void {
  const year = Number(String(cardExpirationDate).slice(0, 4));
  const now = new Date().getUTCFullYear();
  expect(year, `the stand-in ${String(cardExpirationDate)} is one to five years ahead`).toBeGreaterThanOrEqual(now + 1);
  expect(year, `the stand-in ${String(cardExpirationDate)} is one to five years ahead`).toBeLessThanOrEqual(now + 5);
}
check(
  {
    id: 'register.clear-card.derived-values',
    title:
      "register with clearCard answers the account number's last four digits and its expiration date as YYYYMM (errata register-clear-card-values, simulator only)",
    family: 'register',
    operation: REGISTER,
    docRef: DOC,
  },
  async (t) => {
    if (t.kind !== 'simulator')
      t.notApplicable('errata register-clear-card-values: the derived values are graded only against the simulator');
    for (const [accountNumber, expirationDate, cardLast4, cardExpirationDate] of CLEAR_CARD_VALUES) {
      const body = { reference: t.ref('rg'), clearCard: { accountNumber, expirationDate }, owner: OWNER };
      const r = await t.client.call(REGISTER, body);
      const d = (r.data ?? {}) as { cardLast4?: string; cardExpirationDate?: string };
      t.log(
        `clearCard ${accountNumber} / ${expirationDate}: HTTP ${r.status} cardLast4 ${String(d.cardLast4)}, cardExpirationDate ${String(d.cardExpirationDate)}`,
      );
      t.expectation(
        { status: 200, cardLast4: String(cardLast4), cardExpirationDate: String(cardExpirationDate) },
        { status: r.status, body: r.body },
      );
      expect(r.ok).toBe(true);
      expect(d.cardLast4, `cardLast4 of ${accountNumber}`).toMatch(
        typeof cardLast4 === 'string' ? new RegExp(`^${cardLast4}$`) : cardLast4,
      );
      expect(d.cardExpirationDate, `cardExpirationDate of ${expirationDate}`).toMatch(
        typeof cardExpirationDate === 'string' ? new RegExp(`^${cardExpirationDate}$`) : cardExpirationDate,
      );
      if (typeof cardExpirationDate !== 'string') expectFutureStandIn(t, d.cardExpirationDate);
    }
    // The encrypted card cannot be read: its stand-ins are four digits and a date ahead, too.
    const r = await t.client.call(REGISTER, bodies.card(t));
    const d = (r.data ?? {}) as { cardLast4?: string; cardExpirationDate?: string };
    expect(d.cardLast4).toMatch(/^\d{4}$/);
    expectFutureStandIn(t, d.cardExpirationDate);
  },
);
