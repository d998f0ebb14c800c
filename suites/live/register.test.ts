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
