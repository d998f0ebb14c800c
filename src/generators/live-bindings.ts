import type { ConnectFiClient } from '../client/client.ts';
import type { CallResult } from '../client/call-result.ts';
import { getOperation } from '../api/index.ts';

/**
 * What a valid generated body needs on a live target so that business rules interfere less
 * (docs/ci.md, "The checks", the property checks): real fixture ids, fresh references, and resources the check creates itself (a card,
 * a transfer) instead of random ids. Only fields that hold an id, a reference, a program or a
 * currency are replaced; every other generated value is sent as generated.
 */

/** The fixture names (docs/architecture.md, "Stable interfaces") the live property checks use. */
export type LiveFixtureName = 'customerId' | 'debitProgramId' | 'creditProgramId';
export type LiveFixtures = Partial<Record<string, string>>;

/** Resources a check creates before its valid cases, all owned by the fixture customer. */
export type Resource = 'card' | 'secondCard' | 'pushed' | 'transfer' | 'application';

export interface LiveBinding {
  fixtures: LiveFixtureName[];
  resources: Resource[];
  /** Operations that look an entity up by reference get the resource's reference, not a fresh one. */
  lookupReference?: 'card' | 'pushed';
  /** Activate and fund the card first (the operation needs status B, or B with funds). */
  activeCard?: boolean;
}

const CARD: LiveBinding = { fixtures: ['customerId', 'debitProgramId'], resources: ['card'] };
// ibis-overview.txt, "Ibis Card Status Codes": check-pin only on B; "Pull Funds from Card with
// /ibis": a pull needs B and funds; README.md: history needs an activated card.
const ACTIVE_CARD: LiveBinding = { ...CARD, activeCard: true };

export const LIVE_BINDINGS: Record<string, LiveBinding> = {
  '/ibis/account/add': { fixtures: ['customerId'], resources: [] },
  '/ibis/debit-card/add': CARD, // the card serves as cFiPrimaryCardId
  '/ibis/credit-card/application': { fixtures: ['customerId'], resources: [] },
  '/ibis/credit-card/application/:applicationId': { fixtures: ['customerId'], resources: ['application'] },
  '/ibis/credit-card/add': { fixtures: ['customerId', 'creditProgramId'], resources: ['application'] },
  '/ibis/card/activate': CARD,
  '/ibis/card/set-pin': CARD,
  '/ibis/card/check-pin': ACTIVE_CARD,
  '/ibis/card/status': { ...CARD, lookupReference: 'card' },
  '/ibis/card/set-status': CARD,
  '/ibis/card/cardholder-profile': { ...CARD, lookupReference: 'card' },
  '/ibis/card/reissue': CARD,
  '/ibis/card/list': { fixtures: ['customerId'], resources: [] },
  '/ibis/financial/card-to-card': { ...ACTIVE_CARD, resources: ['card', 'secondCard'] },
  '/ibis/financial/funds-credit': CARD,
  '/ibis/financial/funds-debit': ACTIVE_CARD,
  // ibis-overview.txt, "Reverse a Transaction with /ibis": only card-to-card transfers can be reversed.
  '/ibis/financial/reversal': { ...ACTIVE_CARD, resources: ['card', 'secondCard', 'transfer'] },
  '/ibis/financial/retrieve': { ...CARD, resources: ['card', 'pushed'], lookupReference: 'pushed' },
  '/ibis/inquiry/transaction-history': ACTIVE_CARD,
  '/ibis/card/sync-profile': CARD,
  '/transfer-to/card/register': { fixtures: [], resources: [] },
};

export interface CreatedEntity {
  id: string;
  reference?: string;
  arn?: string;
}

export class SetupError extends Error {
  constructor(
    readonly step: string,
    readonly result: CallResult,
  ) {
    const code = result.error ? ` ${result.error.code}${result.error.subCode ? `/${result.error.subCode}` : ''}` : '';
    super(`setup step "${step}" was refused: HTTP ${result.status}${code}`);
  }
}

export interface LiveEnv {
  client: ConnectFiClient;
  fixtures: LiveFixtures;
  ref: (tag?: string) => string;
}

function fixture(env: LiveEnv, name: LiveFixtureName): string {
  const v = env.fixtures[name];
  if (!v) throw new Error(`fixture ${name} is not configured`);
  return v;
}

async function must(env: LiveEnv, step: string, operation: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await env.client.call(operation, body);
  if (!r.ok) throw new SetupError(step, r);
  return r.data as Record<string, unknown>;
}

async function issueCard(env: LiveEnv): Promise<CreatedEntity> {
  const data = await must(env, 'issue a debit card', '/ibis/debit-card/add', {
    customerId: fixture(env, 'customerId'),
    reference: env.ref('pcard'),
    cardProgramId: fixture(env, 'debitProgramId'),
    profile: { occupation: 'Engineer', nameOnCard: 'JOHN TESTMAN' },
  });
  return { id: String(data.cFiCardId), reference: String(data.reference) };
}

const transferOf = (d: Record<string, unknown>): CreatedEntity => ({
  id: String(d.cFiFundsId),
  reference: String(d.reference),
  arn: String(d.arn),
});

/** Creates the operation's resources, in dependency order. */
export async function createResources(operation: string, env: LiveEnv): Promise<Partial<Record<Resource, CreatedEntity>>> {
  const binding = LIVE_BINDINGS[getOperation(operation).operation];
  const need = binding?.resources ?? [];
  const got: Partial<Record<Resource, CreatedEntity>> = {};
  if (need.includes('card')) got.card = await issueCard(env);
  if (binding?.activeCard) {
    await must(env, 'activate the card', '/ibis/card/activate', { cFiCardId: got.card!.id });
    await must(env, 'fund the card', '/ibis/financial/funds-credit', {
      cFiCardId: got.card!.id,
      reference: env.ref('pfund'),
      amount: 100,
      currency: 'USD',
    });
  }
  if (need.includes('secondCard')) got.secondCard = await issueCard(env);
  if (need.includes('pushed')) {
    got.pushed = transferOf(
      await must(env, 'push funds to the card', '/ibis/financial/funds-credit', {
        cFiCardId: got.card!.id,
        reference: env.ref('ppush'),
        amount: 25,
        currency: 'USD',
      }),
    );
  }
  if (need.includes('transfer')) {
    got.transfer = transferOf(
      await must(env, 'card-to-card transfer', '/ibis/financial/card-to-card', {
        reference: env.ref('pc2c'),
        cardFromId: got.card!.id,
        cardToId: got.secondCard!.id,
        amount: 10,
        currency: 'USD',
      }),
    );
  }
  if (need.includes('application')) {
    const data = await must(env, 'apply for credit', '/ibis/credit-card/application', {
      customerId: fixture(env, 'customerId'),
      employer: 'ACME Corp',
      totalAnnualIncome: 50000,
      totalAnnualIncomeCurrency: 'USD',
    });
    got.application = { id: String(data.applicationId) };
  }
  return got;
}

/**
 * A copy of a valid body with ids, references, programs and currencies replaced by live values.
 * Only string values are replaced: a null stays null (a nullable id is valid as null).
 */
export function bindBody(operation: string, body: unknown, env: LiveEnv, res: Partial<Record<Resource, CreatedEntity>>): unknown {
  const op = getOperation(operation);
  const binding = LIVE_BINDINGS[op.operation];
  const customer = env.fixtures.customerId;
  const fresh = () => env.ref('p');
  const program = op.operation === '/ibis/credit-card/add' ? env.fixtures.creditProgramId : env.fixtures.debitProgramId;
  const replace: Record<string, () => string | undefined> = {
    customerId: () => customer,
    cardHolderId: () => customer, // README.md: for individuals, profile.cardHolderId must equal customerId
    accountHolderId: () => customer,
    reference: () => (binding.lookupReference ? res[binding.lookupReference]?.reference : fresh()),
    cFiCardId: () => res.card?.id,
    cardFromId: () => res.card?.id,
    cardToId: () => res.secondCard?.id,
    cFiPrimaryCardId: () => res.card?.id,
    cFiFundsId: () => (res.transfer ?? res.pushed)?.id,
    arn: () => (res.transfer ?? res.pushed)?.arn,
    applicationId: () => res.application?.id,
    cardProgramId: () => program,
    // money.json, currencies: only "USD" is supported (ibis-overview.txt, "Push Funds to Card with /ibis").
    currency: () => 'USD',
    creditLimitCurrency: () => 'USD',
    totalAnnualIncomeCurrency: () => 'USD',
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && k in replace) {
        const bound = replace[k]();
        if (bound !== undefined) out[k] = bound;
        else if (k !== 'cFiPrimaryCardId') out[k] = x; // no live value: keep the generated one
      } else out[k] = walk(x);
    }
    return out;
  };
  const bound = walk(body) as Record<string, unknown>;
  // credit-card/add without applicationId draws on the customer's latest application (errata
  // credit-add-defaults), which may be another check's: a check always names its own application,
  // so that concurrent checks on the shared fixture customer never drain each other's limits.
  // Only when absent: a present applicationId was bound above, or is the value an invalid mutation tests.
  if (
    op.operation === '/ibis/credit-card/add' &&
    res.application &&
    bound &&
    typeof bound === 'object' &&
    !Array.isArray(bound) &&
    !('applicationId' in bound)
  ) {
    bound.applicationId = res.application.id;
  }
  return bound;
}
