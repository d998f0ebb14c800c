import type { HandledOperation } from '../handlers/index.ts';
import { during } from './during.ts';
import type { HandlerWrapper, SharedWrapper } from './types.ts';

/** The same wrapper on each of `operations` (a fault's `handlers`, or part of them). */
export function wrapEach<P extends HandledOperation>(
  operations: readonly P[],
  wrapper: SharedWrapper<P>,
): { [Q in P]?: HandlerWrapper<Q> } {
  const wrappers: { [Q in P]?: HandlerWrapper<Q> } = {};
  for (const operation of operations) wrappers[operation] = wrapper;
  return wrappers;
}

/** Runs the handler with a patched row of a rule table (faults/during.ts). */
export function patched<T extends object>(row: T, patch: Partial<T>): SharedWrapper<HandledOperation> {
  return (next) => (ctx, body) => during(row, patch, () => next(ctx, body));
}
