import { randomBytes } from 'node:crypto';
import { createClient, type CallResult, type DataOf, type OperationKey, type RequestOf } from 'connectfi-conformance';
import { declineReason, type PayoutApi, type PayoutResult } from './payout-types.ts';
import type { PayoutServiceOptions } from './payout-service.ts';

/**
 * The same service written naively, on purpose, to show what the proxy catches:
 * - a new client per call, so a login per call (token-reuse);
 * - a failed payout is retried under a NEW reference (idempotent-retry: a possible double payout);
 * - a decline is "retried" as it is, twice (handles-decline: extIbis 51 ignored).
 */
const newReference = (kind: string) => `${kind}${randomBytes(8).toString('hex')}`;

export class NaivePayoutService implements PayoutApi {
  constructor(private readonly options: PayoutServiceOptions) {}

  private async call<K extends OperationKey>(operation: K, body: RequestOf<K>): Promise<CallResult<DataOf<K>>> {
    const client = createClient({
      baseUrl: this.options.baseUrl,
      login: this.options.login,
      password: this.options.password,
      timeoutMs: this.options.timeoutMs ?? 2000,
      retries: 0,
    });
    try {
      return await client.op(operation, body);
    } finally {
      await client.close();
    }
  }

  private result<D, T>(res: CallResult<D>, pick: (data: D) => T): PayoutResult<T> {
    if (res.ok) return { status: 'done', value: pick(res.data) };
    const code = res.error?.code ?? `http-${res.status}`;
    return { status: 'declined', reason: declineReason(code, res.error?.subCode), code };
  }

  async issueCard(input: { customerId: string; cardProgramId: string; nameOnCard: string }) {
    const res = await this.call('/ibis/debit-card/add', {
      customerId: input.customerId,
      reference: newReference('card'),
      cardProgramId: input.cardProgramId,
      profile: { occupation: 'Employee', nameOnCard: input.nameOnCard },
    });
    return this.result(res, (d) => ({ cFiCardId: d.cFiCardId }));
  }

  async activate(cFiCardId: string) {
    return this.result(await this.call('/ibis/card/activate', { cFiCardId }), (d) => d);
  }

  async payout(cFiCardId: string, amount: number) {
    let res = await this.call('/ibis/financial/funds-credit', {
      cFiCardId,
      reference: newReference('po'),
      amount,
      currency: 'USD',
      description: 'payout',
    });
    // "Just try again": a fresh reference each time.
    if (res.status >= 500)
      res = await this.call('/ibis/financial/funds-credit', {
        cFiCardId,
        reference: newReference('po'),
        amount,
        currency: 'USD',
        description: 'payout',
      });
    return this.result(res, (d) => ({ cFiFundsId: d.cFiFundsId }));
  }

  async collect(cFiCardId: string, amount: number) {
    const body = { cFiCardId, reference: newReference('co'), amount, currency: 'USD', description: 'collection' };
    let res = await this.call('/ibis/financial/funds-debit', body);
    for (let i = 0; i < 2 && !res.ok; i++) res = await this.call('/ibis/financial/funds-debit', body);
    return this.result(res, (d) => ({ cFiFundsId: d.cFiFundsId }));
  }

  async balance(cFiCardId: string) {
    return this.result(await this.call('/ibis/card/status', { cFiCardId }), (d) => ({ balance: d.balance }));
  }

  async payoutStatus(payoutId: string) {
    return this.result(await this.call('/ibis/financial/retrieve', { reference: payoutId }), (d) => ({
      cFiFundsId: d[0]?.cFiFundsId,
      reference: d[0]?.reference,
      createdAt: d[0]?.dtsCreatedAt,
    }));
  }

  async close() {}
}
