import type { FastifyInstance } from 'fastify';
import { isJsonObject } from '../../util/json-object.ts';
import { validateRequest, type ValidationResult } from '../../api/index.ts';
import type { Auth } from '../auth.ts';
import type { HandledOperation, Handler } from '../handlers/index.ts';
import type { FaultResponse, SimulatorHooks } from './types.ts';

/**
 * Where app.ts and operation-runner.ts apply the hooks of a fault and of the allowed variants
 * (src/simulator/variants/): the validator, the handler of an operation, the token check and the
 * response on its way out. The hooks apply in
 * the order given (the first is innermost); without any, each returns the clean behaviour unchanged.
 */
export function validatorFor(hooks: readonly SimulatorHooks[]): (operation: string, input: unknown) => ValidationResult {
  let validate: (operation: string, input: unknown) => ValidationResult = validateRequest;
  for (const hook of hooks) {
    const replace = hook.validate;
    if (!replace) continue;
    const inner = validate;
    validate = (operation, input) => replace(operation, input, inner);
  }
  return validate;
}

export function handlerFor<P extends HandledOperation>(hooks: readonly SimulatorHooks[], operation: P, handler: Handler<P>): Handler<P> {
  let wrapped = handler;
  for (const hook of hooks) {
    const wrap = hook.handlers?.[operation];
    if (wrap) wrapped = wrap(wrapped);
  }
  return wrapped;
}

/**
 * Which tokens the simulator serves when a hook changes it: any (authNotEnforced), or also those a
 * hook's tokenAccepted takes, given the tokens still live. Undefined without such a hook: the
 * clean Auth decides alone.
 */
export function tokenCheckFor(hooks: readonly SimulatorHooks[], auth: Auth, now: () => Date): ((token: unknown) => boolean) | undefined {
  if (hooks.some((h) => h.authNotEnforced)) return () => true;
  const accepts = hooks.flatMap((h) => (h.tokenAccepted ? [h.tokenAccepted] : []));
  if (accepts.length === 0) return undefined;
  return (token) => {
    if (auth.isValid(token)) return true;
    if (typeof token !== 'string') return false;
    const at = now().getTime();
    const live = [...auth.tokens].filter(([, expiresAt]) => expiresAt > at).map(([issued]) => issued);
    return accepts.some((accept) => accept(token, live));
  };
}

/** Adds an onSend hook that lets the hooks rewrite every JSON response (status, body, content type), one after the other. */
export function installResponseRewrite(app: FastifyInstance, hooks: readonly SimulatorHooks[], now: () => Date): void {
  const rewrites = hooks.flatMap((hook) => (hook.respond ? [hook.respond] : []));
  if (rewrites.length === 0) return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string') return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return payload;
    }
    // Every answer of the simulator is an envelope object; anything else passes unchanged.
    if (!isJsonObject(body)) return payload;
    const operation = request.routeOptions.url && !request.is404 ? request.routeOptions.url : null;
    const input = request.method === 'GET' ? request.params : request.body;
    let response: FaultResponse = { operation, request: input, status: reply.statusCode, body, now: now() };
    let changed = false;
    for (const respond of rewrites) {
      const out = respond(response);
      if (!out) continue;
      response = out;
      changed = true;
    }
    if (!changed) return payload;
    reply.code(response.status);
    if (response.contentType) reply.header('content-type', response.contentType);
    return JSON.stringify(response.body);
  });
}
