import type { HandledOperation, HandlerContext, RequestOf } from '../handlers/index.ts';
import type { HandlerWrapper } from './types.ts';

/**
 * The two simplest kinds of handler fault (docs/architecture.md, "A new fault (self-check)"): a
 * provider that serves another request than the one sent (a field dropped or read wrong), and one
 * whose answer differs from what it did (a field left out or stale).
 */

/** Serves the request as `rewrite` changes it. */
export function servedAs<P extends HandledOperation>(rewrite: (body: RequestOf<P>) => RequestOf<P>): HandlerWrapper<P> {
  return (next) => (ctx, body) => next(ctx, rewrite(body));
}

/** Answers what `change` makes of the clean answer's data (`D`: its shape, as the handler built it). */
export function answeredAs<P extends HandledOperation, D>(
  change: (data: D, ctx: HandlerContext, body: RequestOf<P>) => unknown,
): HandlerWrapper<P> {
  return (next) => (ctx, body) => change(next(ctx, body) as D, ctx, body);
}
