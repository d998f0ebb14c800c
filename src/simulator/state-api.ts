import type { FastifyInstance, FastifyReply } from 'fastify';
import { plainError } from './plain-error.ts';
import { applyProviderState, ProviderStateError } from './provider-states.ts';
import type { SimulatorState } from './state.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The state API (served with enableStateApi): POST /__simulator/reset and Pact's provider-state
 * call POST /__simulator/state (docs/providers.md, "Provider states"). Test plumbing for the Pact
 * verifier and integrators' tests, apart from the documented API the live suites grade.
 */
export function installStateApi(app: FastifyInstance, state: SimulatorState, newRequestId: () => string): void {
  const ok = (reply: FastifyReply, data: unknown) =>
    reply
      .code(200)
      .header('content-type', JSON_TYPE)
      .send({ code: '0', data: data ?? {}, requestId: newRequestId() });
  const refuse = (reply: FastifyReply, code: string, message: string) => {
    const err = plainError(400, code, message);
    return reply
      .code(err.status)
      .header('content-type', JSON_TYPE)
      .send({ requestId: newRequestId(), ...err.body });
  };
  let openStates = 0; // provider states set up and not yet torn down
  app.post('/__simulator/reset', async (_request, reply) => {
    state.reset();
    return ok(reply, {});
  });
  // Pact's provider-state setup call: { state, params, action?: "setup" | "teardown" }, plus
  // reset: true to start from the fixtures (each interaction is then independent).
  app.post('/__simulator/state', async (request, reply) => {
    const body = (request.body ?? {}) as { state?: unknown; params?: unknown; action?: unknown; reset?: unknown };
    if (typeof body.state !== 'string') return refuse(reply, 'badRequest', 'body must be { state: "<name>", params: {...} }');
    // Interaction boundaries from the protocol alone: the first setup after every state was torn
    // down starts a new interaction, and the last teardown ends one; both leave the fixtures
    // only, because the documented examples reuse ids and references across interactions.
    if (body.action === 'teardown') {
      openStates = Math.max(0, openStates - 1);
      if (openStates === 0) state.reset();
      return ok(reply, {});
    }
    try {
      if (body.action === 'setup' && openStates === 0) state.reset();
      if (body.action === 'setup') openStates += 1;
      if (body.reset === true) state.reset();
      // The plain Pact verifier also calls for an interaction without states, with an empty name.
      if (body.state === '') return ok(reply, {});
      const params =
        body.params && typeof body.params === 'object' && !Array.isArray(body.params) ? (body.params as Record<string, unknown>) : {};
      return ok(reply, applyProviderState(state, body.state, params));
    } catch (err) {
      if (err instanceof ProviderStateError) return refuse(reply, 'unknownProviderState', err.message);
      throw err;
    }
  });
}
