import type { SimulatorStore } from '../store.ts';

/** What a handler gets: the state, the documented operation path, and the path parameters. */
export interface HandlerContext {
  store: SimulatorStore;
  operation: string;
  params: Record<string, string>;
}

/**
 * An operation's behaviour: the body has already passed the documented request schema (so its
 * shape is known); returns the `data` of the 200 envelope or throws an ApiError. Synchronous on
 * purpose: a check-and-insert can never interleave with another request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (ctx: HandlerContext, body: any) => unknown;
