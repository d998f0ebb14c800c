import type { HandledOperation, HandlerContext, RequestOf } from '../handlers/index.ts';
import type { SimulatorStore } from '../store.ts';
import type { CardRecord, Customer, TransferRecord } from '../types.ts';
import type { HandlerWrapper } from './types.ts';

/**
 * Wrappers of an operation whose body names a record (a card, a transfer, a customer): the fault's
 * `wrap` gets that record as the clean handler will find it (undefined when the id names none),
 * `call` (the clean handler, with the body or with another one) and the request. Most faults
 * deviate only for the record the request is about (docs/architecture.md, "A new fault (self-check)").
 */
export type RecordWrap<P extends HandledOperation, R> = (
  record: R | undefined,
  call: (body?: RequestOf<P>) => unknown,
  ctx: HandlerContext,
  body: RequestOf<P>,
) => unknown;

function onRecord<P extends HandledOperation, R>(
  find: (store: SimulatorStore, body: RequestOf<P>) => R | undefined,
  wrap: RecordWrap<P, R>,
): HandlerWrapper<P> {
  return (next) => (ctx, body) => wrap(find(ctx.store, body), (other = body) => next(ctx, other), ctx, body);
}

/** The operations whose request names a card by cFiCardId. */
type ByCardId = { [P in HandledOperation]: RequestOf<P> extends { cFiCardId: string } ? P : never }[HandledOperation];

/** A wrapper that sees the card the request names by cFiCardId. */
export function onCard<P extends ByCardId>(wrap: RecordWrap<P, CardRecord>): HandlerWrapper<P> {
  return onRecord<P, CardRecord>((store, body) => store.cards.get(body.cFiCardId), wrap);
}

/** A wrapper of reversal that sees the transfer the request names by cFiFundsId. */
export function onTransfer(wrap: RecordWrap<'/ibis/financial/reversal', TransferRecord>): HandlerWrapper<'/ibis/financial/reversal'> {
  return onRecord((store, body) => store.transfers.get(body.cFiFundsId), wrap);
}

/** The operations whose request names a customer by customerId. */
type ByCustomerId = { [P in HandledOperation]: RequestOf<P> extends { customerId: string } ? P : never }[HandledOperation];

/** A wrapper that sees the customer the request names by customerId. */
export function onCustomer<P extends ByCustomerId>(wrap: RecordWrap<P, Customer>): HandlerWrapper<P> {
  return onRecord<P, Customer>((store, body) => store.customers.get(body.customerId), wrap);
}
