/**
 * What an app's traffic showed of the provider's entities (cards and funds transfers), so that an
 * interaction of the app's own contract names the provider states it needs: the card its request
 * names, in the status and with the balance it had then, the transfer it reads back
 * (contracts/README.md, "Provider states to implement"). Only the answers the provider gave are
 * read; nothing is guessed that the traffic did not show, beyond defaults for an entity the app
 * never created (an active debit card).
 */
export interface ProviderState {
  name: string;
  params: Record<string, unknown>;
}

interface CardSeen {
  programType: string;
  status: string;
  balance: number;
  reference?: string;
  customerId?: string;
  cardProgramId?: string;
}

interface TransferSeen {
  cFiFundsId: string;
  type: string;
  reference: string;
  arn: string;
  amount?: number;
  cards: Record<string, string>;
}

type Json = Record<string, unknown>;

const ISSUES: Readonly<Record<string, string>> = {
  '/ibis/debit-card/add': 'debit',
  '/ibis/credit-card/add': 'credit',
  '/ibis/account/add': 'vAccountOnly',
};
const CARD_FIELDS = ['cFiCardId', 'cardFromId', 'cardToId', 'cFiPrimaryCardId'] as const;
const TRANSFER_READS = new Set(['/ibis/financial/retrieve', '/ibis/financial/reversal']);
const TRANSFER_WRITES = new Set(['/ibis/financial/funds-credit', '/ibis/financial/funds-debit', '/ibis/financial/card-to-card']);
/** Entities remembered; past it the oldest are forgotten (their interactions get default states). */
const REMEMBERED = 100_000;

export const CARD_STATE = 'a {programType} card {cFiCardId} with reference {reference} in status {status} with balance {balance}';
export const CARD_STATE_NO_REFERENCE = 'a {programType} card {cFiCardId} in status {status} with balance {balance}';
export const CUSTOMER_STATE = 'customer {customerId} is an individual with KYC approved';
export const TRANSFER_STATE = 'a funds transfer {cFiFundsId} of type {type} with reference {reference} and arn {arn}';
export const FORCED_STATE = 'the next {operation} call answers {outcome}';

const record = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value as K);
}

export class AppEntities {
  private readonly cards = new Map<string, CardSeen>();
  private readonly transfers = new Map<string, TransferSeen>();

  /** The states a successful request needs, as the provider's entities stood before it. */
  statesFor(operation: string, body: unknown, response: unknown): ProviderState[] {
    const request = record(body);
    const states: ProviderState[] = [];
    const customerId = text(request.customerId);
    if (customerId?.startsWith('cstap_')) states.push({ name: CUSTOMER_STATE, params: { customerId } });
    for (const field of CARD_FIELDS) {
      const id = text(request[field]);
      if (id) states.push(this.cardState(id, operation, field, request));
    }
    if (operation === '/ibis/card/list') {
      for (const item of Array.isArray(record(response).data) ? (record(response).data as unknown[]) : []) {
        const id = text(record(item).cFiCardId);
        if (id && record(item).cFiStatus === 'Complete') states.push(this.cardState(id, operation, 'list', record(item)));
      }
    }
    if (TRANSFER_READS.has(operation)) {
      const key = text(request.cFiFundsId) ?? text(request.reference) ?? text(request.arn);
      const t = key === undefined ? undefined : this.transfers.get(key);
      if (t) states.push(this.transferState(t));
    }
    return states;
  }

  private cardState(cFiCardId: string, operation: string, field: string, request: Json): ProviderState {
    const seen = this.cards.get(cFiCardId) ?? {
      programType: text(request.programType) ?? 'debit',
      status: 'B',
      balance: 0,
      ...(text(request.reference) && field === 'list' ? { reference: text(request.reference) } : {}),
      ...(text(request.customerId) ? { customerId: text(request.customerId) } : {}),
      ...(text(request.cardProgramId) && field === 'list' ? { cardProgramId: text(request.cardProgramId) } : {}),
    };
    // A pull that succeeded had the money: the balance seen before it is at least the amount.
    const pulled = operation === '/ibis/financial/funds-debit' || (operation === '/ibis/financial/card-to-card' && field === 'cardFromId');
    const balance = pulled ? Math.max(seen.balance, num(request.amount) ?? 0) : seen.balance;
    const params: Json = { programType: seen.programType, cFiCardId, status: seen.status, balance };
    if (seen.customerId) params.customerId = seen.customerId;
    if (seen.cardProgramId) params.cardProgramId = seen.cardProgramId;
    if (seen.reference) return { name: CARD_STATE, params: { ...params, reference: seen.reference } };
    return { name: CARD_STATE_NO_REFERENCE, params };
  }

  private transferState(t: TransferSeen): ProviderState {
    const params: Json = { cFiFundsId: t.cFiFundsId, type: t.type, reference: t.reference, arn: t.arn, ...t.cards };
    if (t.amount !== undefined) params.amount = t.amount;
    return { name: TRANSFER_STATE, params };
  }

  /** Learns from a successful exchange: cards issued, their status and balance, transfers made. */
  observe(operation: string, body: unknown, response: unknown): void {
    const request = record(body);
    const data = record(record(response).data);
    const issued = ISSUES[operation];
    const id = text(data.cFiCardId) ?? text(data.cFiAccountId) ?? text(request.cFiCardId);
    if (issued && id) {
      remember(this.cards, id, {
        programType: issued,
        status: 'A',
        balance: num(data.balance) ?? 0,
        ...(text(request.reference) ? { reference: text(request.reference) } : {}),
        ...(text(request.customerId) ? { customerId: text(request.customerId) } : {}),
        ...(text(request.cardProgramId) ? { cardProgramId: text(request.cardProgramId) } : {}),
      });
      return;
    }
    const card = id ? this.cards.get(id) : undefined;
    if (card) {
      if (operation === '/ibis/card/activate') card.status = 'B';
      if (operation === '/ibis/card/set-status' && text(request.statusCode)) card.status = text(request.statusCode)!;
      const code = text(record(data.status).code);
      if (code) card.status = code;
      if (num(data.balance) !== undefined) card.balance = num(data.balance)!;
    }
    if (TRANSFER_WRITES.has(operation)) this.observeTransfer(request, data);
  }

  private observeTransfer(request: Json, data: Json): void {
    const cFiFundsId = text(data.cFiFundsId);
    const reference = text(data.reference) ?? text(request.reference);
    const arn = text(data.arn);
    if (!cFiFundsId || !reference || !arn) return;
    const cards: Record<string, string> = {};
    for (const field of ['cFiCardId', 'cardFromId', 'cardToId'] as const) if (text(request[field])) cards[field] = text(request[field])!;
    const t: TransferSeen = { cFiFundsId, type: text(data.type) ?? 'credit', reference, arn, amount: num(request.amount), cards };
    for (const key of [cFiFundsId, reference, arn]) remember(this.transfers, key, t);
  }
}
