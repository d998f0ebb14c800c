import type { OperationPath, OperationTypes } from '../../../generated/types.ts';
import type { SimulatorStore } from '../store.ts';

/** What a handler gets: the state, the documented operation path, and the path parameters. */
export interface HandlerContext {
  store: SimulatorStore;
  operation: string;
  params: Record<string, string>;
}

/** The operations the handlers serve: every documented one but /auth/get-token (auth.ts logs in). */
export type HandledOperation = Exclude<OperationPath, '/auth/get-token'>;

/** An operation's request body, as generated/types.ts types its documented request schema. */
export type RequestOf<P extends HandledOperation> = OperationTypes[P]['request'];

/**
 * An operation's behaviour: the body has already passed the documented request schema (so it is
 * the operation's generated request type); returns the `data` of the 200 envelope or throws an
 * ApiError. Synchronous on purpose: a check-and-insert can never interleave with another request.
 */
export type Handler<P extends HandledOperation> = (ctx: HandlerContext, body: RequestOf<P>) => unknown;
