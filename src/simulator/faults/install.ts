import type { FastifyInstance } from 'fastify';
import { isJsonObject } from '../../util/json-object.ts';
import { validateRequest, type ValidationResult } from '../../api/index.ts';
import type { HandledOperation, Handler } from '../handlers/index.ts';
import type { Fault } from './types.ts';

/**
 * Where app.ts applies a fault: the validator, the handler of an operation, and the response on its
 * way out. Without a fault each returns the clean behaviour unchanged.
 */
export function validatorFor(fault: Fault | undefined): (operation: string, input: unknown) => ValidationResult {
  const validate = fault?.validate;
  return validate ? (operation, input) => validate(operation, input, validateRequest) : validateRequest;
}

export function handlerFor<P extends HandledOperation>(fault: Fault | undefined, operation: P, handler: Handler<P>): Handler<P> {
  const wrap = fault?.handlers?.[operation];
  return wrap ? wrap(handler) : handler;
}

/** Adds an onSend hook that lets the fault rewrite every JSON response (status, body, content type). */
export function installResponseRewrite(app: FastifyInstance, fault: Fault | undefined, now: () => Date): void {
  const respond = fault?.respond;
  if (!respond) return;
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
    const out = respond({ operation, request: input, status: reply.statusCode, body, now: now() });
    if (!out) return payload;
    reply.code(out.status);
    if (out.contentType) reply.header('content-type', out.contentType);
    return JSON.stringify(out.body);
  });
}
