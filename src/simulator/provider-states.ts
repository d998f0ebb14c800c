import { ApiError } from './api-error.ts';
import { ensureCustomer } from './ensure-customer.ts';
import { STATUS_CODES as STATUSES } from './rules.ts';
import type { SimulatorState } from './state.ts';

/**
 * The provider states of schemas/examples/states.json, each a function of its params. The Pact
 * verifier (and tests) apply them by name: in-process through applyProviderState, over HTTP
 * through POST /__simulator/state { state, params } when the state API is enabled.
 */
export type Params = Record<string, unknown>;
type StateFn = (state: SimulatorState, params: Params) => unknown;

const str = (params: Params, key: string): string | undefined => (typeof params[key] === 'string' ? params[key] : undefined);
const num = (params: Params, key: string): number | undefined => (typeof params[key] === 'number' ? params[key] : undefined);
const need = (params: Params, key: string): string => {
  const v = str(params, key);
  if (v === undefined) throw new ProviderStateError(`provider state param "${key}" must be a string, got ${JSON.stringify(params[key])}`);
  return v;
};

/** An optional param that must be one of `allowed`. */
function oneOf<T extends string>(params: Params, key: string, allowed: readonly T[]): T | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new ProviderStateError(`provider state param "${key}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}
const PROGRAM_TYPES = ['debit', 'credit', 'vAccountOnly'] as const;

export class ProviderStateError extends Error {
  readonly code = 'PROVIDER_STATE';
}

/** A card from the params of the "a {programType} card ..." states. */
function card(state: SimulatorState, params: Params, adoptable: boolean): unknown {
  const customerId = str(params, 'customerId');
  return state.seedCard({
    cFiCardId: need(params, 'cFiCardId'),
    reference: str(params, 'reference'),
    customerId,
    programType: oneOf(params, 'programType', PROGRAM_TYPES),
    programId: str(params, 'cardProgramId'),
    status: oneOf(params, 'status', STATUSES),
    balance: num(params, 'balance'),
    pin: str(params, 'pin'),
    creditLimit: num(params, 'creditLimit'),
    cardHolderId: str(params, 'representativeId'),
    adoptable: adoptable && customerId === undefined,
  });
}

export const PROVIDER_STATES: Readonly<Record<string, StateFn>> = {
  'customer {customerId} is an individual with KYC approved': (state, p) => {
    ensureCustomer(state.internals, need(p, 'customerId'), { type: 'individual', kycApproved: true });
  },
  'customer {customerId} is an individual without KYC': (state, p) => {
    ensureCustomer(state.internals, need(p, 'customerId'), { type: 'individual', kycApproved: false });
  },
  'customer {customerId} is a business with representative {representativeId} and employee {employeeId}': (state, p) => {
    ensureCustomer(state.internals, need(p, 'customerId'), {
      type: 'business',
      kycApproved: true,
      representatives: [need(p, 'representativeId')],
      employees: [need(p, 'employeeId')],
    });
  },
  // Unknown program ids are never supported; the customer the request names exists.
  'card program {programId} is not supported': (state) => state.setImplicitCustomers(true),
  'a {programType} card {cFiCardId} with reference {reference} in status {status} with balance {balance}': (state, p) =>
    card(state, p, true),
  'a {programType} card {cFiCardId} in status {status} with balance {balance}': (state, p) => card(state, p, true),
  'a card {cFiCardId} in status {status} with PIN {pin}': (state, p) =>
    state.seedCard({ cFiCardId: need(p, 'cFiCardId'), status: oneOf(p, 'status', STATUSES), pin: need(p, 'pin'), adoptable: true }),
  'reference {reference} already used by {entityId}': (state, p) => {
    state.setImplicitCustomers(true);
    state.useReference(need(p, 'reference'), need(p, 'entityId'));
  },
  'an approved credit application {applicationId} for customer {customerId} with limit {creditLimit}': (state, p) => {
    const customerId = need(p, 'customerId');
    ensureCustomer(state.internals, customerId, { kycApproved: true });
    const primary = str(p, 'cFiPrimaryCardId');
    if (primary)
      state.seedCard({ cFiCardId: primary, customerId, programType: 'credit', programId: 'Evolve_Test', status: 'B', creditLimit: 500 });
    return state.seedApplication({
      applicationId: need(p, 'applicationId'),
      customerId,
      approved: true,
      creditLimit: num(p, 'creditLimit'),
    });
  },
  'a credit application {applicationId} that is not approved': (state, p) => {
    state.setImplicitCustomers(true);
    return state.seedApplication({ applicationId: need(p, 'applicationId'), approved: false, adoptable: true });
  },
  'no credit application {applicationId}': (state, p) => {
    state.internals.applications.delete(need(p, 'applicationId'));
  },
  'a funds transfer {cFiFundsId} of type {type} with reference {reference} and arn {arn}': (state, p) =>
    state.seedTransfer({
      cFiFundsId: need(p, 'cFiFundsId'),
      type: oneOf(p, 'type', ['credit', 'debit', 'cardToCard'] as const) ?? 'credit',
      reference: need(p, 'reference'),
      arn: need(p, 'arn'),
      amount: num(p, 'amount') ?? 11,
      cardFromId: str(p, 'cardFromId'),
      cardToId: str(p, 'cardToId'),
      cFiCardId: str(p, 'cFiCardId'),
    }),
  'no funds transfer {fundsId}': (state, p) => state.forgetTransfer(need(p, 'fundsId')),
  // Transactions inside the documented request range 2023-03-01..2023-05-02.
  'a card {cFiCardId} with transaction history': (state, p) => {
    const cFiCardId = need(p, 'cFiCardId');
    state.seedCard({ cFiCardId, status: 'B', adoptable: true });
    state.seedTransfer({ type: 'credit', cFiCardId, amount: 24, dtsCreatedAt: '2023-05-02T09:19:31.000Z' });
    state.seedTransfer({ type: 'debit', cFiCardId, amount: 1.5, dtsCreatedAt: '2023-05-02T09:21:00.000Z' });
  },
  'card program of card {cFiCardId} does not allow {service}': (state, p) => {
    const cFiCardId = need(p, 'cFiCardId');
    state.setImplicitCustomers(true);
    if (!state.card(cFiCardId)) state.seedCard({ cFiCardId, status: 'B', adoptable: true });
    state.refuseService(cFiCardId, need(p, 'service'));
  },
  'card {cardFromId} in status {fromStatus} with balance {fromBalance} and card {cardToId} in status {toStatus} with balance {toBalance}': (
    state,
    p,
  ) => {
    const side = (prefix: 'from' | 'to', id: string) =>
      state.seedCard({
        cFiCardId: id,
        status: oneOf(p, `${prefix}Status`, STATUSES),
        balance: num(p, `${prefix}Balance`),
        programType: oneOf(p, `${prefix}ProgramType`, PROGRAM_TYPES) ?? oneOf(p, 'programType', PROGRAM_TYPES),
        programId: str(p, `${prefix}CardProgramId`) ?? str(p, 'cardProgramId'),
        creditLimit: num(p, `${prefix}CreditLimit`),
      });
    return [side('from', need(p, 'cardFromId')), side('to', need(p, 'cardToId'))];
  },
  // An app's own contract (proxy --pact-out) records the errors the app met, each made to happen so.
  'the next {operation} call answers {outcome}': (state, p) => {
    if (!state.outcomes) throw new ProviderStateError('forcing an outcome needs the state API (simulator --enable-state-api)');
    try {
      return state.outcomes.add({ operation: need(p, 'operation'), outcome: need(p, 'outcome'), times: 1 });
    } catch (err) {
      if (err instanceof ApiError) throw new ProviderStateError(err.message);
      throw err;
    }
  },
  // "including a card whose issuing failed": the last id is an Error entry (error code 12).
  'customer {customerId} has the cards {cFiCardIds}': (state, p) => {
    const customerId = need(p, 'customerId');
    const ids = Array.isArray(p.cFiCardIds) ? p.cFiCardIds.filter((x): x is string => typeof x === 'string') : [];
    ensureCustomer(state.internals, customerId, { kycApproved: true });
    ids.forEach((cFiCardId, i) => {
      const record = state.seedCardRecord({ cFiCardId, customerId, programType: 'credit', programId: 'Evolve_Test', creditLimit: 1500 });
      if (ids.length > 1 && i === ids.length - 1) {
        record.cFiStatus = 'Error';
        record.creditLimit = 0n;
        record.error = {
          code: '12',
          message: 'New Card Purchase Decline (Allocated credit limit must be less than or equal to [2000.0]; )',
        };
      }
    });
  },
};

/** Applies a named provider state; unknown names and bad params are ProviderStateErrors. */
export function applyProviderState(state: SimulatorState, name: string, params: Params = {}): unknown {
  const fn = Object.prototype.hasOwnProperty.call(PROVIDER_STATES, name) ? PROVIDER_STATES[name] : undefined;
  if (!fn)
    throw new ProviderStateError(
      `unknown provider state "${name}"; known: ${Object.keys(PROVIDER_STATES).length} states of schemas/examples/states.json`,
    );
  return fn(state, params ?? {}) ?? null;
}
