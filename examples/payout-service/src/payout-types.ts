import type { CardActivateResponseData } from 'connectfi-conformance/types';

/** What the example payout service answers its own callers: never an exception for an API answer. */
export type PayoutResult<T = Record<string, unknown>> =
  | { status: 'done'; value: T }
  /** connectFi refused the request for a documented business reason (insufficient funds, card status...). */
  | { status: 'declined'; reason: DeclineReason; code: string; subCode?: string }
  /** The request could not be carried out (validation error, connectFi unavailable, no token). */
  | { status: 'failed'; reason: string };

export type DeclineReason = 'insufficient-funds' | 'card-not-usable' | 'not-found' | 'duplicate' | 'unsupported' | 'other';

/** The documented subCodes of extIbis declines (ibis-overview.txt, "Ibis Card Status Codes"). */
export const CARD_STATUS_SUBCODES: ReadonlySet<string> = new Set(['PA', 'SA', '59', 'SD', '57', '97']);

export function declineReason(code: string, subCode: string | undefined): DeclineReason {
  if (code === 'extIbis' && subCode === '51') return 'insufficient-funds';
  if (code === 'extIbis' && subCode !== undefined && CARD_STATUS_SUBCODES.has(subCode)) return 'card-not-usable';
  if (/NotFound$/.test(code)) return 'not-found';
  if (code === 'referenceExists') return 'duplicate';
  if (/Currency|NotSupported|Closed|ExpirationFormat/.test(code)) return 'unsupported';
  return 'other';
}

/** The operations of a payout service, the good one and the naive one alike. */
export interface PayoutApi {
  issueCard(input: {
    customerId: string;
    cardProgramId: string;
    nameOnCard: string;
    requestId: string;
  }): Promise<PayoutResult<{ cFiCardId: string }>>;
  activate(cFiCardId: string): Promise<PayoutResult<CardActivateResponseData>>;
  /** Pushes `amount` USD to the card; `payoutId` is the app's own id, stable across retries. */
  payout(cFiCardId: string, amount: number, payoutId: string): Promise<PayoutResult<{ cFiFundsId: string }>>;
  /** Pulls `amount` USD from the card. */
  collect(cFiCardId: string, amount: number, collectionId: string): Promise<PayoutResult<{ cFiFundsId: string }>>;
  /** The card's balance in USD. */
  balance(cFiCardId: string): Promise<PayoutResult<{ balance: number }>>;
  /** Reads a payout back by its payoutId: its connectFi id, reference and creation time. */
  payoutStatus(payoutId: string): Promise<PayoutResult<{ cFiFundsId: string; reference: string; createdAt: string }>>;
  close(): Promise<void>;
}
