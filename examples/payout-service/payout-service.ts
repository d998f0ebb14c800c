import { createClient, type CallResult, type ConnectFiClient } from '../../src/client/index.ts';
import type { FinancialFundsCreditRequest, FinancialFundsDebitRequest } from '../../generated/types.ts';
import { declineReason, type PayoutApi, type PayoutResult } from './payout-types.ts';

/**
 * An example integrator app: a small payout service on the project's typed client (src/client)
 * and generated types. It does what the integration proxy grades:
 * - one client, so one token for every call, refreshed by the client after a 401;
 * - references derived from the app's own ids, so a retry after a timeout, a reset or a 5xx
 *   resends the same reference and body (the client retries network failures of reference-bearing
 *   writes itself and reads the first result back on referenceExists; the app retries a 5xx);
 * - a decline (extIbis 51, a card status refusal) is an answer, returned to the caller, never retried;
 * - Retry-After honoured (the client pauses its rate limiter).
 */
export interface PayoutServiceOptions {
  baseUrl: string;
  login: string;
  password: string;
  timeoutMs?: number;
}

const SERVER_ERROR_RETRIES = 2;

/** A connectFi reference from an app id: common-reference is ^[0-9a-zA-Z]+$, 1-32. */
export function referenceFor(kind: string, id: string): string {
  return `${kind}${id}`.replace(/[^0-9a-zA-Z]/g, '').slice(0, 32);
}

/** A push or pull of `amount` USD under `reference` (derived from the app's own id: a retry resends the same request). */
function movement(
  cFiCardId: string,
  amount: number,
  reference: string,
  description: string,
): FinancialFundsCreditRequest & FinancialFundsDebitRequest {
  return { cFiCardId, reference, amount, currency: 'USD', description };
}

const fundsId = (d: { cFiFundsId: string }) => ({ cFiFundsId: d.cFiFundsId });

function toResult<D, T>(res: CallResult<D>, pick: (data: D) => T): PayoutResult<T> {
  if (res.ok) return { status: 'done', value: pick(res.data) };
  if (res.status >= 500) return { status: 'failed', reason: `connectFi unavailable (HTTP ${res.status})` };
  const code = res.error?.code ?? `http-${res.status}`;
  if (res.status === 401 || code === 'requestValidateError')
    return { status: 'failed', reason: `${code}: ${res.error?.message ?? ''}`.trim() };
  return {
    status: 'declined',
    reason: declineReason(code, res.error?.subCode),
    code,
    ...(res.error?.subCode ? { subCode: res.error.subCode } : {}),
  };
}

export class PayoutService implements PayoutApi {
  private readonly client: ConnectFiClient;

  constructor(options: PayoutServiceOptions) {
    this.client = createClient({
      baseUrl: options.baseUrl,
      login: options.login,
      password: options.password,
      timeoutMs: options.timeoutMs ?? 2000,
      retries: 2,
      retryBackoffMs: 20,
    });
  }

  /** A call that may meet a 5xx: sent again unchanged (same reference, same body). */
  private async send<D>(call: () => Promise<CallResult<D>>): Promise<CallResult<D> | { transportError: string }> {
    try {
      let res = await call();
      for (let i = 0; i < SERVER_ERROR_RETRIES && res.status >= 500; i++) res = await call();
      return res;
    } catch (err) {
      return { transportError: `${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}` };
    }
  }

  private async run<D, T>(call: () => Promise<CallResult<D>>, pick: (data: D) => T): Promise<PayoutResult<T>> {
    const res = await this.send(call);
    if ('transportError' in res) return { status: 'failed', reason: res.transportError };
    return toResult(res, pick);
  }

  issueCard(input: { customerId: string; cardProgramId: string; nameOnCard: string; requestId: string }) {
    const body = {
      customerId: input.customerId,
      reference: referenceFor('card', input.requestId),
      cardProgramId: input.cardProgramId,
      profile: { occupation: 'Employee', nameOnCard: input.nameOnCard },
    };
    return this.run(
      () => this.client.op('/ibis/debit-card/add', body),
      (d) => ({ cFiCardId: d.cFiCardId }),
    );
  }

  activate(cFiCardId: string) {
    return this.run(
      () => this.client.op('/ibis/card/activate', { cFiCardId }),
      (d) => d,
    );
  }

  payout(cFiCardId: string, amount: number, payoutId: string) {
    const body = movement(cFiCardId, amount, referenceFor('po', payoutId), 'payout');
    return this.run(() => this.client.op('/ibis/financial/funds-credit', body), fundsId);
  }

  collect(cFiCardId: string, amount: number, collectionId: string) {
    const body = movement(cFiCardId, amount, referenceFor('co', collectionId), 'collection');
    return this.run(() => this.client.op('/ibis/financial/funds-debit', body), fundsId);
  }

  balance(cFiCardId: string) {
    return this.run(
      () => this.client.op('/ibis/card/status', { cFiCardId }),
      (d) => ({ balance: d.balance }),
    );
  }

  payoutStatus(payoutId: string) {
    return this.run(
      () => this.client.op('/ibis/financial/retrieve', { reference: referenceFor('po', payoutId) }),
      (d) => ({ cFiFundsId: d[0].cFiFundsId, reference: d[0].reference }),
    );
  }

  close() {
    return this.client.close();
  }
}
