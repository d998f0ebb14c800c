import type { OperationSpec, ValidationResult } from '../api/index.ts';
import { validationError, type ApiError } from './api-error.ts';
import type { Auth } from './auth.ts';
import { handlerFor } from './faults/index.ts';
import type { SimulatorHooks } from './faults/types.ts';
import { HANDLERS, isHandled, type HandledOperation, type HandlerContext, type RequestOf } from './handlers/index.ts';
import type { SimulatorStore } from './store.ts';

/** docs/connectfi/README.md, "Error envelope": a success is { code: "0", data, requestId }. */
export function successEnvelope(data: unknown, requestId: string): Record<string, unknown> {
  return { code: '0', data, requestId };
}

/** docs/connectfi/README.md, "Error envelope": an error is { requestId, code, subCode?, context?, message? }. */
export function errorEnvelope(err: ApiError, requestId: string): Record<string, unknown> {
  return { requestId, ...err.body };
}

/**
 * The handler of an operation (wrapped by the fault and the variants, if any), taking the body as the route
 * received it. The one place a body becomes typed: the runner calls it only after the body passed
 * `validateRequest` for this operation, and generated/types.ts types that same request schema
 * (schemas/operations/), so the body is the operation's request type. A validation fault of the
 * self-check lets a body the schema refuses through on purpose; the handler then meets a body its
 * type does not describe, and that is the deviation the fault is there to show.
 */
function dispatcher<P extends HandledOperation>(
  operation: P,
  hooks: readonly SimulatorHooks[],
): (ctx: HandlerContext, body: unknown) => unknown {
  const handler = handlerFor(hooks, operation, HANDLERS[operation]);
  return (ctx, body) => handler(ctx, body as RequestOf<P>);
}

export interface RunnerDeps {
  store: SimulatorStore;
  auth: Auth;
  hooks: readonly SimulatorHooks[];
  validateRequest: (operation: string, input: unknown) => ValidationResult;
  /** A fault's credentials comparison for /auth/get-token (exact without one). */
  credentialsMatch?: Parameters<Auth['login']>[2];
}

/**
 * What an operation answers, given its path parameters and body: its input (the path parameters
 * for a GET by path, else the body) is validated against its request schema first (400
 * requestValidateError), then its handler (or, for /auth/get-token, the login) makes the data of
 * the success envelope. A refusal is thrown as an ApiError.
 */
export function operationRunner(op: OperationSpec, deps: RunnerDeps): (params: Record<string, string>, body: unknown) => unknown {
  const handler = isHandled(op.operation) ? dispatcher(op.operation, deps.hooks) : undefined;
  return (params, body) => {
    const input = op.requestIn === 'path' ? { ...params } : body;
    const result = deps.validateRequest(op.operation, input);
    if (!result.valid) throw validationError(result.errors);
    if (handler) return handler({ store: deps.store, operation: op.operation, params }, input);
    const { user } = input as { user: { login: string; password: string } };
    return deps.auth.login(user.login, user.password, deps.credentialsMatch);
  };
}
