import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiError } from './api-error.ts';
import { plainError } from './plain-error.ts';
import { ClockError, type SimulatorClock } from './clock.ts';

/**
 * The test clock's routes (served with --enable-state-api, docs/integrators.md, "A test clock"):
 * GET /__simulator/clock answers { now, offsetSeconds, real }; POST { "advanceSeconds": N } or
 * { "set": ISO-8601 } moves it forward (backwards is a 400 clockBackwards); DELETE returns it to
 * real time.
 */
export function installClockRoutes(app: FastifyInstance, clock: SimulatorClock, newRequestId: () => string): void {
  const ok = (reply: FastifyReply, data: unknown) =>
    reply.code(200).header('content-type', 'application/json; charset=utf-8').send({ code: '0', data, requestId: newRequestId() });
  const refuse = (reply: FastifyReply, err: ApiError) =>
    reply
      .code(err.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ requestId: newRequestId(), ...err.body });

  app.get('/__simulator/clock', async (_request, reply) => ok(reply, clock.state()));
  app.delete('/__simulator/clock', async (_request, reply) => ok(reply, clock.reset()));
  app.post('/__simulator/clock', async (request, reply) => {
    const body: unknown = request.body;
    const record = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const keys = Object.keys(record);
    if (keys.length !== 1 || !['advanceSeconds', 'set'].includes(keys[0]))
      return refuse(
        reply,
        plainError(400, 'badClockRequest', 'POST /__simulator/clock takes { "advanceSeconds": N } or { "set": ISO-8601 }'),
      );
    try {
      if (keys[0] === 'set') {
        if (typeof record.set !== 'string')
          throw new ClockError(`set must be an ISO-8601 date-time string, got ${JSON.stringify(record.set)}`);
        return ok(reply, clock.set(record.set));
      }
      if (typeof record.advanceSeconds !== 'number')
        throw new ClockError(`advanceSeconds must be a number, got ${JSON.stringify(record.advanceSeconds)}`);
      return ok(reply, clock.advance(record.advanceSeconds));
    } catch (err) {
      if (!(err instanceof ClockError)) throw err;
      return refuse(
        reply,
        plainError(400, err.kind === 'backwards' ? 'clockBackwards' : 'badClockRequest', `POST /__simulator/clock ${err.message}`),
      );
    }
  });
}
