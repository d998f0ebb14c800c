import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_OPERATIONS, cardStatusRules as cardStatus, findOperation } from '../api/index.ts';
import {
  activeCard,
  activeCreditCard,
  assertDocumentedShape,
  debitCard,
  harness,
  profile,
  type Harness,
  type Reply,
} from './testing/harness.ts';

// Property-based robustness: thousands of random and malformed requests
// across all routes never produce a 5xx and always answer a documented envelope; random sequences
// of valid operations keep the invariants: money is conserved (Σ balances = pushes − pulls),
// every status change follows an allowed edge, every reference names one entity.
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.log(`fuzz: fast-check seed ${SEED} (rerun with FC_SEED=${SEED})`);

/** Allowed edges: set-status's table, plus activation (A, I, S → B; "Activate a Card"). */
const EDGES = new Set<string>([
  ...Object.entries(cardStatus.transitions.allowed).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`)),
  ...Object.entries(cardStatus.permissions.operations['/ibis/card/activate'] ?? {})
    .filter(([, v]) => v === true)
    .map(([from]) => `${from}>${cardStatus.activation.to}`),
]);

async function send(h: Harness, method: string, url: string, payload: string | undefined, contentType: string | undefined): Promise<Reply> {
  const headers: Record<string, string> = { 'x-connectfi-token': h.token };
  if (contentType) headers['content-type'] = contentType;
  const res = await h.app.inject({ method: method as 'POST', url, headers, ...(payload !== undefined ? { payload } : {}) });
  const body = res.body === '' ? undefined : JSON.parse(res.body);
  return { status: res.statusCode, body, headers: res.headers };
}

const FIELDS = [
  'customerId',
  'reference',
  'cardProgramId',
  'profile',
  'cFiCardId',
  'cFiAccountId',
  'pin',
  'statusCode',
  'amount',
  'currency',
  'cardFromId',
  'cardToId',
  'cFiFundsId',
  'arn',
  'dateFrom',
  'dateTo',
  'numberOfRecords',
  'skipRecords',
  'reissueType',
  'reasonCode',
  'applicationId',
  'creditLimit',
  'employer',
  'totalAnnualIncome',
  'totalAnnualIncomeCurrency',
  'card',
  'clearCard',
  'owner',
  'user',
  'attributes',
  'businessInfo',
  'cFiPrimaryCardId',
  'description',
  '__proto__',
  'constructor',
  'prototype',
];

describe('fuzz', () => {
  it('random and malformed requests on every route: never a 5xx, always a documented envelope', async () => {
    const h = await harness({ seed: SEED });
    const ids = [
      await activeCard(h, 100),
      (await debitCard(h)).cFiCardId,
      await activeCreditCard(h, 800),
      h.fixtures.customerId,
      h.fixtures.businessCustomerId,
      'icrd_unknown',
      'Evolve_Test',
      'd_gpr_test',
    ];
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      { weight: 3, arbitrary: fc.constantFrom(...ids) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'USD',
          'EUR',
          'A',
          'B',
          'F',
          'I',
          'S',
          '1',
          '2',
          '3',
          'Y',
          '1234',
          '2023-03-01',
          '2023-13-45',
          '',
          ' ',
          null,
          0,
          -1,
          0.001,
          1e21,
          10.5,
        ),
      },
      { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)) },
      { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
    );
    const objectBody = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });
    const validish = fc.record({
      customerId: fc.constantFrom(...ids),
      reference: fc.stringMatching(/^[0-9a-zA-Z]{1,32}$/),
      cardProgramId: fc.constantFrom('d_gpr_test', 'd_gpr_alt', 'Evolve_Test', 'nope'),
      profile: fc.constant(profile),
      cFiCardId: fc.constantFrom(...ids),
      cardFromId: fc.constantFrom(...ids),
      cardToId: fc.constantFrom(...ids),
      amount: fc.integer({ min: 1, max: 20_000 }).map((c) => c / 100),
      currency: fc.constantFrom('USD', 'USD', 'CAD'),
      pin: fc.stringMatching(/^\d{4}$/),
      statusCode: fc.constantFrom('B', 'I', 'S', 'F'),
      reissueType: fc.constantFrom('1', '2', '3'),
      reasonCode: fc.constantFrom('1', '2', '3', '4', '5', '6'),
    });
    const payload = fc.oneof(
      { weight: 3, arbitrary: objectBody.map((o) => JSON.stringify(o)) },
      { weight: 3, arbitrary: validish.map((o) => JSON.stringify(o)) },
      { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.constant('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}') },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
    const routes = [
      ...ALL_OPERATIONS.map((o) => o.operation.replace(':applicationId', 'gsa_x')),
      '/',
      '/ibis',
      '/ibis/card',
      '/nope',
      '/__simulator/state',
    ];
    const url = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...routes) },
      { weight: 1, arbitrary: fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((s) => `/ibis/${encodeURIComponent(s)}`) },
    );
    const method = fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
    const contentType = fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', undefined);

    await fc.assert(
      fc.asyncProperty(method, url, payload, contentType, async (m, u, p, ct) => {
        const reply = await send(h, m, u, m === 'GET' || m === 'OPTIONS' ? undefined : p, ct);
        const op =
          m === 'GET' && u.startsWith('/ibis/credit-card/application/')
            ? '/ibis/credit-card/application/:applicationId'
            : findOperation(u)?.operation;
        assertDocumentedShape(reply.status === 200 ? op : undefined, reply);
      }),
      { seed: SEED, numRuns: 4000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const t = h.state.totals();
    expect(t.balancesCents).toBe(t.pushedCents - t.pulledCents);
  }, 60_000);

  it('random sequences of valid operations keep money, statuses and references consistent', async () => {
    type Action = { kind: number; a: number; b: number; cents: number; status: number; reuse: boolean; pin: number };
    const action = fc.record({
      kind: fc.nat({ max: 17 }),
      a: fc.nat(),
      b: fc.nat(),
      cents: fc.integer({ min: 1, max: 25_000 }),
      status: fc.nat({ max: 3 }),
      reuse: fc.boolean(),
      pin: fc.integer({ min: 0, max: 9999 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 45 }), async (actions: Action[]) => {
        const h = await harness({ seed: `${SEED}:${run++}` });
        const cards: string[] = [];
        const transfers: string[] = [];
        const cardToCard: string[] = [];
        const applications: string[] = [];
        /** family → reference → the entity that owns it, from 200 answers. */
        const owners: Record<string, Map<string, string>> = { card: new Map(), funds: new Map(), registration: new Map() };
        let pushed = 0;
        let pulled = 0;
        let n = 0;
        const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
        const reference = (family: string, act: Action) => {
          const used = [...owners[family].keys()];
          return act.reuse && used.length ? used[act.a % used.length] : `r${run}x${n++}`;
        };
        const statusOf = () => new Map(h.state.cards().map((c) => [c.cFiCardId, c.status]));

        for (const act of actions) {
          const before = statusOf();
          const card = pick(cards, act.a) ?? 'icrd_none';
          const other = pick(cards, act.b) ?? 'icrd_none';
          const amount = act.cents / 100;
          let operation: string;
          let body: Record<string, unknown>;
          let family: string | undefined;
          switch (act.kind) {
            case 0:
            case 1:
            case 16:
            case 17:
              operation = '/ibis/debit-card/add';
              family = 'card';
              body = {
                customerId: h.fixtures.customerId,
                reference: reference('card', act),
                cardProgramId: act.b % 2 ? 'd_gpr_alt' : 'd_gpr_test',
                profile,
              };
              break;
            case 2:
              operation = '/ibis/account/add';
              family = 'card';
              body = { customerId: h.fixtures.customerId, reference: reference('card', act) };
              break;
            case 3:
            case 15:
              operation = '/ibis/card/activate';
              body = { cFiCardId: card };
              break;
            case 4:
              operation = '/ibis/card/set-status';
              body = { cFiCardId: card, statusCode: ['B', 'I', 'S', 'F'][act.status] };
              break;
            case 5:
              operation = act.b % 2 ? '/ibis/card/set-pin' : '/ibis/card/check-pin';
              body = { cFiCardId: card, pin: String(act.pin % 3).padStart(4, '0') };
              break;
            case 6:
            case 7:
              operation = '/ibis/financial/funds-credit';
              family = 'funds';
              body = { cFiCardId: card, reference: reference('funds', act), amount, currency: 'USD' };
              break;
            case 8:
              operation = '/ibis/financial/funds-debit';
              family = 'funds';
              body = { cFiCardId: card, reference: reference('funds', act), amount, currency: 'USD' };
              break;
            case 9:
            case 10:
              operation = '/ibis/financial/card-to-card';
              family = 'funds';
              body = { reference: reference('funds', act), cardFromId: card, cardToId: other, amount, currency: 'USD' };
              break;
            case 11:
              operation = '/ibis/financial/reversal';
              body = {
                cFiFundsId: pick(act.status ? cardToCard : transfers, act.a) ?? 'ifnd_none',
                ...(act.b % 2 ? { amount: amount / 4 } : {}),
              };
              break;
            case 12:
              operation = '/ibis/card/reissue';
              body = {
                customerId: h.fixtures.customerId,
                cFiCardId: card,
                reference: reference('card', act),
                reissueType: String(1 + (act.b % 3)),
                reasonCode: String(1 + (act.status % 6)),
              };
              if (body.reissueType === '3') family = 'card';
              break;
            case 13:
              if (act.b % 2 || applications.length === 0) {
                operation = '/ibis/credit-card/application';
                body = {
                  customerId: h.fixtures.customerId,
                  employer: 'ABC123 Inc.',
                  totalAnnualIncome: act.cents,
                  totalAnnualIncomeCurrency: 'USD',
                };
              } else {
                operation = '/ibis/credit-card/add';
                family = 'card';
                body = {
                  customerId: h.fixtures.customerId,
                  reference: reference('card', act),
                  cardProgramId: 'Evolve_Test',
                  applicationId: pick(applications, act.a),
                  profile,
                  creditLimit: 400 + (act.cents % 1800),
                };
              }
              break;
            case 14:
              operation = '/transfer-to/card/register';
              family = 'registration';
              body = {
                reference: reference('registration', act),
                card: { encryptedData: `enc${act.a}`, keyId: 'k1' },
                owner: {
                  name: { first: 'J', last: 'D' },
                  address: { addressLine1: 'a', city: 'c', state: 's', postalCode: '12345', country: 'US' },
                  phone: { countryCode: '1', number: '1234567890' },
                },
              };
              break;
            default:
              operation = '/ibis/inquiry/transaction-history';
              body = { cFiCardId: card, numberOfRecords: 1 + (act.b % 20) };
          }
          const reply = await h.call(operation, body);
          expect(reply.status).toBeLessThan(500);
          const data = reply.body.data;
          if (reply.status === 200) {
            if (operation === '/ibis/credit-card/application' && data.decision === 'Approve') applications.push(data.applicationId);
            const id: string | undefined =
              data.cFiFundsId ?? data.cFiAccountId ?? (family === 'card' || family === 'registration' ? data.cFiCardId : undefined);
            if (id && family) {
              const ref = body.reference as string;
              expect(owners[family].has(ref), `reference ${ref} answered 200 twice`).toBe(false);
              owners[family].set(ref, id);
              if (family === 'card') cards.push(id);
              if (family === 'funds') transfers.push(id);
              if (operation === '/ibis/financial/card-to-card') cardToCard.push(id);
            }
            if (operation === '/ibis/financial/funds-credit') pushed += act.cents;
            // Half of the new debit cards are activated and loaded at once, so that pulls, transfers
            // and reversals have active cards with funds to work on.
            if (operation === '/ibis/debit-card/add' && act.kind >= 16) {
              await h.ok('/ibis/card/activate', { cFiCardId: id });
              const load = `load${run}x${n++}`;
              owners.funds.set(
                load,
                (await h.ok('/ibis/financial/funds-credit', { cFiCardId: id, reference: load, amount: 300, currency: 'USD' })).cFiFundsId,
              );
              pushed += 30_000;
            }
            if (operation === '/ibis/financial/funds-debit') pulled += act.cents;
          } else if (reply.body.code === 'referenceExists' && family) {
            expect(reply.body.context.entityId).toBe(owners[family].get(body.reference as string));
          }
          // Invariants after every step.
          const t = h.state.totals();
          expect(t.balancesCents).toBe(BigInt(pushed - pulled));
          for (const [id, status] of statusOf()) {
            const was = before.get(id);
            if (was !== undefined && was !== status)
              expect(EDGES.has(`${was}>${status}`), `${id}: ${was} → ${status} after ${operation}`).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);
});
